/**
 * Related agents: those that share the most telling skills with an agent. Each skill, and the agent's category,
 * weighs by how rare it is in the catalogue (the log of one plus agents over agents with it: a skill every agent
 * has still counts, a little) and by how strongly the agent has it (`skillStrength`), and two agents are as related
 * as the cosine of their weighted sets: sharing "Kafka" says more than sharing "Testing", and sharing what both are
 * about more than sharing what one of them only mentions.
 */

export interface RelatedInput {
  id: string;
  category: string;
  /** Its skills, with their scores (see detectSkills) when known: without one, a skill counts fully. */
  skills: readonly { id: string; score?: number }[];
}

export interface RelatedOptions {
  /** How many to keep for each agent. */
  limit?: number;
  /** The least similarity (0–1) worth showing. */
  minimum?: number;
  /** Pairs to leave out (near-duplicates, shown apart). */
  exclude?: (a: string, b: string) => boolean;
}

/**
 * How much of a skill's weight an agent's skill carries: all of it from `fullStrength` up (a mention in the name or
 * the summary and more), about half at the least score that makes a skill (a few mentions in the examples or the
 * prompt). The square root keeps weak skills counting, less.
 */
export function skillStrength(score: number | undefined): number {
  return score === undefined ? 1 : Math.sqrt(Math.min(1, Math.max(score, 0) / fullStrength));
}
const fullStrength = 16;

/** For each agent, the ids of its related agents, most related first; agents sharing no skill are not related. */
export function relatedAgents(items: readonly RelatedInput[], { limit = 5, minimum = 0.15, exclude }: RelatedOptions = {}): Map<string, string[]> {
  // Features by number: skills, and categories (kept apart, so that a category cannot meet a skill of that name).
  const numbers = new Map<string, number>();
  const number = (key: string) => numbers.get(key) ?? (numbers.set(key, numbers.size), numbers.size - 1);
  // Each agent's features with its strength in each (a skill listed twice counts once, at its strongest).
  const strengths = items.map((item) => {
    const own = new Map<number, number>();
    for (const skill of item.skills) {
      const feature = number(`skill:${skill.id}`);
      own.set(feature, Math.max(own.get(feature) ?? 0, skillStrength(skill.score)));
    }
    own.set(number(`category:${item.category}`), 1);
    return own;
  });
  const features = strengths.map((own) => [...own.keys()]);
  const isSkill = [...numbers.keys()].map((key) => key.startsWith('skill:'));
  const holders: number[][] = Array.from({ length: numbers.size }, () => []);
  features.forEach((list, index) => {
    for (const feature of list) holders[feature]!.push(index);
  });
  const squared = holders.map((held) => Math.log(1 + items.length / held.length) ** 2);
  /** An agent's weight in a feature, squared: the feature's rarity times the agent's strength in it. */
  const weighed = (agent: number, feature: number) => squared[feature]! * strengths[agent]!.get(feature)! ** 2;
  const norms = features.map((list, agent) => Math.sqrt(list.reduce((sum, feature) => sum + weighed(agent, feature), 0)));
  const postings = holders.map((held) => Int32Array.from(held));
  const postingStrengths = holders.map((held, feature) => Float64Array.from(held, (agent) => strengths[agent]!.get(feature)!));
  // Features held by more than a quarter of the catalogue weigh little and cost the most to go through: they are
  // added only to the agents found through the others, unless an agent found only through them could still rank.
  const common = holders.map((held) => held.length > Math.max(limit * 4, items.length / 4));
  const scores = new Float64Array(items.length);
  const sharesSkill = new Uint8Array(items.length);
  /** 1: found through a rare feature; 2: found only through common ones. */
  const seen = new Uint8Array(items.length);
  const touched = new Int32Array(items.length);
  const related = new Map<string, string[]>();
  for (let a = 0; a < items.length; a++) {
    const own = features[a]!;
    const commonOwn = own.filter((feature) => common[feature]);
    let count = 0;
    const accumulate = (feature: number, mark: 1 | 2) => {
      const add = squared[feature]! * strengths[a]!.get(feature)!;
      const skill = isSkill[feature]! ? 1 : 0;
      const posting = postings[feature]!;
      const strength = postingStrengths[feature]!;
      for (let i = 0; i < posting.length; i++) {
        const b = posting[i]!;
        if (seen[b] === 0) {
          seen[b] = mark;
          touched[count++] = b;
        } else if (seen[b] !== mark) continue;
        scores[b] = scores[b]! + add * strength[i]!;
        sharesSkill[b] = sharesSkill[b]! | skill;
      }
    };
    for (const feature of own) if (!common[feature]) accumulate(feature, 1);
    for (let i = 0; i < count; i++) {
      const b = touched[i]!;
      for (const feature of commonOwn) {
        const strength = strengths[b]!.get(feature);
        if (strength === undefined) continue;
        scores[b] = scores[b]! + squared[feature]! * strengths[a]!.get(feature)! * strength;
        sharesSkill[b] = sharesSkill[b]! | (isSkill[feature]! ? 1 : 0);
      }
    }
    // An agent b sharing only common features S with this one scores at most |a on S| · |b on S| / (|a| · |b|)
    // (Cauchy–Schwarz), so at most |a on S| / |a|: unless `limit` agents found so far score above that, those
    // agents are added.
    const bound = Math.sqrt(commonOwn.reduce((sum, feature) => sum + weighed(a, feature), 0)) / norms[a]!;
    if (commonOwn.length > 0 && bound >= minimum) {
      let above = 0;
      for (let i = 0; i < count && above < limit; i++) {
        const b = touched[i]!;
        if (b !== a && sharesSkill[b] && scores[b]! / (norms[a]! * norms[b]!) > bound && !exclude?.(items[a]!.id, items[b]!.id)) above++;
      }
      if (above < limit) for (const feature of commonOwn) accumulate(feature, 2);
    }
    const list = best(a, count);
    for (let i = 0; i < count; i++) {
      const b = touched[i]!;
      scores[b] = 0;
      sharesSkill[b] = 0;
      seen[b] = 0;
    }
    related.set(items[a]!.id, list.map(({ index }) => items[index]!.id));
  }
  return related;

  /** The best `limit` of the agents touched for agent `a`, best first (kept in order as they come). */
  function best(a: number, count: number): { index: number; score: number }[] {
    const list: { index: number; score: number }[] = [];
    const before = (index: number, score: number, than: { index: number; score: number }) => score > than.score || (score === than.score && items[index]!.id < items[than.index]!.id);
    const norm = norms[a]!;
    let floor = minimum;
    for (let i = 0; i < count; i++) {
      const b = touched[i]!;
      if (!sharesSkill[b] || b === a) continue;
      const score = scores[b]! / (norm * norms[b]!);
      if (score < floor || (list.length === limit && !before(b, score, list[limit - 1]!)) || exclude?.(items[a]!.id, items[b]!.id)) continue;
      let at = list.length;
      while (at > 0 && before(b, score, list[at - 1]!)) at--;
      list.splice(at, 0, { index: b, score });
      if (list.length > limit) list.pop();
      if (list.length === limit) floor = list[limit - 1]!.score;
    }
    return list;
  }
}
