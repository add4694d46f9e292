/**
 * Related agents: those that share the most telling skills with an agent. Each skill, and the agent's category,
 * weighs by how rare it is in the catalogue (the log of one plus agents over agents with it: a skill every agent
 * has still counts, a little), and two agents are as related as the cosine of their weighted sets: sharing "Kafka"
 * says more than sharing "Testing".
 */

export interface RelatedInput {
  id: string;
  category: string;
  skills: readonly { id: string }[];
}

export interface RelatedOptions {
  /** How many to keep for each agent. */
  limit?: number;
  /** The least similarity (0–1) worth showing. */
  minimum?: number;
  /** Pairs to leave out (near-duplicates, shown apart). */
  exclude?: (a: string, b: string) => boolean;
}

/** For each agent, the ids of its related agents, most related first; agents sharing no skill are not related. */
export function relatedAgents(items: readonly RelatedInput[], { limit = 5, minimum = 0.15, exclude }: RelatedOptions = {}): Map<string, string[]> {
  // Features: skills, and the category (prefixed so that it cannot meet a skill id).
  const features = items.map((item) => [...new Set(item.skills.map((skill) => skill.id))].concat(`category:${item.category}`));
  const holders = new Map<string, number[]>();
  features.forEach((list, index) => {
    for (const feature of list) {
      const held = holders.get(feature);
      if (held) held.push(index);
      else holders.set(feature, [index]);
    }
  });
  const weight = new Map([...holders].map(([feature, held]) => [feature, Math.log(1 + items.length / held.length)]));
  const norms = features.map((list) => Math.sqrt(list.reduce((sum, feature) => sum + weight.get(feature)! ** 2, 0)));
  const scores = new Float64Array(items.length);
  const sharesSkill = new Uint8Array(items.length);
  const related = new Map<string, string[]>();
  for (let a = 0; a < items.length; a++) {
    const touched: number[] = [];
    for (const feature of features[a]!) {
      const w = weight.get(feature)!;
      if (w === 0) continue;
      const isSkill = !feature.startsWith('category:');
      for (const b of holders.get(feature)!) {
        if (b === a) continue;
        if (scores[b] === 0 && sharesSkill[b] === 0) touched.push(b);
        scores[b] = scores[b]! + w * w;
        if (isSkill) sharesSkill[b] = 1;
      }
    }
    const ranked: { index: number; score: number }[] = [];
    for (const b of touched) {
      const score = norms[a]! > 0 && norms[b]! > 0 ? scores[b]! / (norms[a]! * norms[b]!) : 0;
      if (sharesSkill[b] && score >= minimum && !exclude?.(items[a]!.id, items[b]!.id)) ranked.push({ index: b, score });
      scores[b] = 0;
      sharesSkill[b] = 0;
    }
    ranked.sort((x, y) => y.score - x.score || (items[x.index]!.id < items[y.index]!.id ? -1 : 1));
    related.set(items[a]!.id, ranked.slice(0, limit).map(({ index }) => items[index]!.id));
  }
  return related;
}
