/**
 * Near-duplicate agents: how much text two agents share, estimated from a small sketch of each (a bottom-k MinHash
 * of its word 4-grams: the 128 smallest hashes of its distinct four-word runs), so that a catalogue of thousands is
 * compared in milliseconds and each agent stores 700 characters. From two sketches comes the Jaccard index of the
 * two sets of 4-grams (within about 4 points at 50%), and with the sets' sizes, the share of each text that the
 * other has too.
 */

/** How many of the smallest 4-gram hashes a sketch keeps. */
export const sketchSize = 128;
/** Words in a shingle. */
const shingleWords = 4;

export interface TextSketch {
  /** The `sketchSize` smallest distinct hashes of the text's word 4-grams, ascending (all of them when fewer). */
  hashes: number[];
  /** How many distinct 4-grams the text has. */
  shingles: number;
}

/** A text's sketch (see above). */
export function sketchText(text: string): TextSketch {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < shingleWords) return { hashes: [], shingles: 0 };
  const wordHashes = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) wordHashes[i] = fnv1a(words[i]!);
  const shingles = new Uint32Array(words.length - shingleWords + 1);
  for (let i = 0; i < shingles.length; i++) {
    let hash = 0x9e3779b9;
    for (let j = 0; j < shingleWords; j++) hash = mix(hash ^ wordHashes[i + j]!);
    shingles[i] = hash;
  }
  shingles.sort();
  const hashes: number[] = [];
  let distinct = 0;
  for (let i = 0; i < shingles.length; i++) {
    if (i > 0 && shingles[i] === shingles[i - 1]) continue;
    distinct++;
    if (hashes.length < sketchSize) hashes.push(shingles[i]!);
  }
  return { hashes, shingles: distinct };
}

/** The estimated Jaccard index (0–1) of the texts behind two sketches. */
export function sketchOverlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  // The smallest `sketchSize` hashes of the union, and how many of them both texts have.
  let i = 0;
  let j = 0;
  let taken = 0;
  let shared = 0;
  while (taken < sketchSize && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Infinity;
    const y = j < b.length ? b[j]! : Infinity;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
    taken++;
  }
  // A full sketch runs out only once `sketchSize` hashes are taken; a shorter one holds every hash of its text, so
  // the other's hashes past its end are not in both.
  return shared / taken;
}

export interface SketchedItem {
  id: string;
  sketch: TextSketch;
}

/** Two agents that share much of their text: what share of each one's 4-grams the other also has (0–1). */
export interface NearDuplicate {
  a: string;
  b: string;
  shareOfA: number;
  shareOfB: number;
}

/**
 * Every pair of items one of which has at least `minimumShare` of its text in the other, most shared first.
 * Candidates are the pairs whose sketches share at least one hash in sixteen; a hash in more than `commonAfter`
 * sketches (boilerplate such as "you are a senior") does not make candidates by itself.
 */
export function nearDuplicates(items: readonly SketchedItem[], minimumShare = 0.5, commonAfter = 100): NearDuplicate[] {
  const holders = new Map<number, number[]>();
  items.forEach((item, index) => {
    for (const hash of item.sketch.hashes) {
      const list = holders.get(hash);
      if (list) list.push(index);
      else holders.set(hash, [index]);
    }
  });
  const sharedCounts = new Map<number, number>();
  for (const list of holders.values()) {
    if (list.length < 2 || list.length > commonAfter) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * items.length + list[y]!;
        sharedCounts.set(key, (sharedCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: NearDuplicate[] = [];
  for (const [key, shared] of sharedCounts) {
    if (shared < sketchSize / 16) continue;
    const [first, second] = [items[Math.floor(key / items.length)]!, items[key % items.length]!].sort((p, q) => (p.id < q.id ? -1 : 1)) as [SketchedItem, SketchedItem];
    const jaccard = sketchOverlap(first.sketch.hashes, second.sketch.hashes);
    // |A ∩ B| = J × |A ∪ B| = J × (|A| + |B|) / (1 + J)
    const common = (jaccard * (first.sketch.shingles + second.sketch.shingles)) / (1 + jaccard);
    const shareOfA = Math.min(1, common / first.sketch.shingles);
    const shareOfB = Math.min(1, common / second.sketch.shingles);
    if (Math.max(shareOfA, shareOfB) >= minimumShare) pairs.push({ a: first.id, b: second.id, shareOfA, shareOfB });
  }
  return pairs.sort((p, q) => Math.max(q.shareOfA, q.shareOfB) - Math.max(p.shareOfA, p.shareOfB) || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

/** A sketch as text for storing: its hashes as base64 of big-endian 32-bit words, and its count of 4-grams. */
export function encodeSketch(sketch: TextSketch): string {
  const bytes = Buffer.alloc(sketch.hashes.length * 4);
  sketch.hashes.forEach((hash, index) => bytes.writeUInt32BE(hash, index * 4));
  return `${sketch.shingles}:${bytes.toString('base64')}`;
}

/** The sketch `encodeSketch` stored; an empty one for text that is not one. */
export function decodeSketch(text: string): TextSketch {
  const colon = text.indexOf(':');
  const shingles = Number(text.slice(0, colon));
  const bytes = Buffer.from(text.slice(colon + 1), 'base64');
  if (colon < 0 || !Number.isInteger(shingles) || bytes.length % 4 !== 0) return { hashes: [], shingles: 0 };
  const hashes: number[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) hashes.push(bytes.readUInt32BE(offset));
  return { hashes, shingles };
}

function fnv1a(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A 32-bit finaliser (MurmurHash3's), so that 4-grams sharing words still hash far apart. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
