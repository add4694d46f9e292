/**
 * What is computed over one agent's text for the catalogue's insight (its context cost, and the sketch that finds
 * near-duplicates), once per changed file: stored with the agent, since its body is not.
 */
import type { CatalogAgent } from '../catalog/buildCatalog.ts';
import { estimateTokens } from './estimateTokens.ts';
import { encodeSketch, sketchText } from './textSketch.ts';

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

export function agentInsight(agent: Pick<CatalogAgent, 'name' | 'description' | 'body'>): AgentInsight {
  return {
    tokens: { description: estimateTokens(`${agent.name}: ${agent.description}`), prompt: estimateTokens(agent.body) },
    sketch: encodeSketch(sketchText(`${agent.description}\n${agent.body}`)),
  };
}
