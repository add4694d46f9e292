/**
 * What is computed over one agent's text for the catalogue's insight (its context cost, and the sketch that finds
 * near-duplicates), once per changed file, and stored with the agent, since its body is not. The system prompt's
 * part is computed where the prompt is rendered (in the render workers, and cached with the rendered prompt), the
 * description's part in the loader: see `bodyInsight` and `agentInsight`.
 */
import type { CatalogAgent } from '../catalog/buildCatalog.ts';
import { estimateTokens } from './estimateTokens.ts';
import { decodeSketch, encodeSketch, mergeSketches, sketchText } from './textSketch.ts';

export interface AgentInsight {
  /** Estimated tokens (see estimateTokens). */
  tokens: {
    /** What every conversation carries while the agent is installed: its name and description, as Claude Code lists it to Claude. */
    description: number;
    /** The system prompt, which the agent's own conversation starts with when Claude delegates to it. */
    prompt: number;
  };
  /** The sketch of its description and system prompt (textSketch.ts), encoded. */
  sketch: string;
}

/** The system prompt's part of the insight. */
export interface BodyInsight {
  tokens: number;
  /** Its sketch, encoded. */
  sketch: string;
}

export function bodyInsight(body: string): BodyInsight {
  return { tokens: estimateTokens(body), sketch: encodeSketch(sketchText(body)) };
}

/**
 * An agent's insight, from its system prompt's part (computed beforehand, or here). Its context cost is that of what
 * Claude Code lists: the agent's name and description, or what takes their place when it cannot read them.
 */
export function agentInsight(agent: Pick<CatalogAgent, 'name' | 'description' | 'claudeCodeFallback'>, body: BodyInsight | string): AgentInsight {
  const prompt = typeof body === 'string' ? bodyInsight(body) : body;
  const listed = agent.claudeCodeFallback ?? agent;
  return {
    tokens: { description: estimateTokens(`${listed.name}: ${listed.description}`), prompt: prompt.tokens },
    sketch: encodeSketch(mergeSketches(sketchText(agent.description), decodeSketch(prompt.sketch))),
  };
}
