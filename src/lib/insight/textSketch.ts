/**
 * Near-duplicate agents: how much text two agents share, estimated from a small sketch of each (a bottom-k MinHash
 * of its word 4-grams: the 128 smallest hashes of its distinct four-word runs), so that a catalogue of thousands is
 * compared in milliseconds and each agent stores 700 characters. From two sketches comes the Jaccard index of the
 * two sets of 4-grams, and with the sets' sizes, the share of each text that the other has too (for the corpora's
 * pairs, half the estimates within 2 points of the exact share, the worst 18 points off).
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

/**
 * Scratch space, reused from text to text and grown to the largest so far: made anew for each text, these buffers
 * (tens of kilobytes a text) kept a build's garbage collector busy for longer than the sketching itself.
 */
let words = new Uint32Array(4096);
let slots = new Uint32Array(8192);
let taken = new Uint8Array(8192);
let distinct = new Uint32Array(4096);

/** A text's sketch (see above). */
export function sketchText(text: string): TextSketch {
  const wordCount = hashWords(text);
  if (wordCount < shingleWords) return { hashes: [], shingles: 0 };
  const found = distinctShingles(wordCount);
  // The smallest `sketchSize`: hashes are uniform, so those under twice their expected bound are nearly always
  // enough (moved to the front and sorted alone); when not, all of them are sorted.
  let kept = found;
  if (found > sketchSize * 4) {
    const bound = ((2 * sketchSize) / found) * 2 ** 32;
    let under = 0;
    for (let i = 0; i < found; i++) if (distinct[i]! < bound) under++;
    if (under >= sketchSize) {
      kept = 0;
      for (let i = 0; i < found; i++) if (distinct[i]! < bound) distinct[kept++] = distinct[i]!;
    }
  }
  const smallest = distinct.subarray(0, kept).sort();
  return { hashes: Array.from(smallest.subarray(0, sketchSize)), shingles: found };
}

/** Puts the distinct hashes of the text's 4-grams in `distinct`, from the hashes of its words in `words`; returns how many. */
function distinctShingles(wordCount: number): number {
  const count = wordCount - shingleWords + 1;
  // An open-addressing set at most half full, whose slots hold the hash and, apart, whether they are taken.
  let size = 16;
  while (size < count * 2) size *= 2;
  if (slots.length < size) {
    slots = new Uint32Array(size);
    taken = new Uint8Array(size);
  } else taken.fill(0, 0, size);
  if (distinct.length < count) distinct = new Uint32Array(count * 2);
  let found = 0;
  for (let i = 0; i < count; i++) {
    let hash = 0x9e3779b9;
    for (let j = 0; j < shingleWords; j++) hash = mix(hash ^ words[i + j]!);
    let slot = hash & (size - 1);
    while (taken[slot] && slots[slot] !== hash) slot = (slot + 1) & (size - 1);
    if (taken[slot]) continue;
    taken[slot] = 1;
    slots[slot] = hash;
    distinct[found++] = hash;
  }
  return found;
}

/**
 * The sketch of two texts together, from theirs: the smallest hashes of both (exactly those of the whole), and the
 * sum of their 4-gram counts (which counts twice the few runs both have, and misses the three across the join).
 */
export function mergeSketches(a: TextSketch, b: TextSketch): TextSketch {
  const hashes = [...new Set([...a.hashes, ...b.hashes])].sort((x, y) => x - y).slice(0, sketchSize);
  return { hashes, shingles: a.shingles + b.shingles };
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
 * Candidates are the pairs whose sketches share at least one hash in sixteen (or all of a short text's). A hash
 * that many sketches hold (boilerplate such as "you are a senior", or a family of agents made from one template)
 * pairs all of them: the hashes are taken from the least held up, as long as the pairs they make stay within
 * `pairBudget` (ten million: a few tenths of a second), so that only the most common boilerplate of a very large
 * catalogue is left out.
 */
export function nearDuplicates(items: readonly SketchedItem[], minimumShare = 0.5, pairBudget = 10_000_000): NearDuplicate[] {
  const holders = new Map<number, number[]>();
  items.forEach((item, index) => {
    for (const hash of item.sketch.hashes) {
      const list = holders.get(hash);
      if (list) list.push(index);
      else holders.set(hash, [index]);
    }
  });
  const commonAfter = mostHolders([...holders.values()].map((list) => list.length), pairBudget);
  // For each item, how many hashes it shares with each later item (counted in typed arrays: thousands of items
  // sharing common 4-grams make millions of counts).
  const shared = new Uint16Array(items.length);
  const touched = new Int32Array(items.length);
  const pairs: NearDuplicate[] = [];
  for (let a = 0; a < items.length; a++) {
    let count = 0;
    for (const hash of items[a]!.sketch.hashes) {
      const list = holders.get(hash)!;
      if (list.length < 2 || list.length > commonAfter) continue;
      // Holders are listed in ascending order: the later items are at the end.
      for (let k = list.length - 1; k >= 0; k--) {
        const b = list[k]!;
        if (b <= a) break;
        if (shared[b] === 0) touched[count++] = b;
        shared[b] = shared[b]! + 1;
      }
    }
    const x = items[a]!.sketch;
    for (let i = 0; i < count; i++) {
      const b = touched[i]!;
      const y = items[b]!.sketch;
      // A short text's sketch holds all of its few 4-grams: there, sharing all of them is enough. Pairs that cannot
      // reach `minimumShare` from the hashes they share are not measured: among the thousands of agents of a
      // catalogue, a few common 4-grams make every pair a candidate.
      if (shared[b]! >= Math.min(sketchSize / 16, x.hashes.length, y.hashes.length) && shared[b]! >= fewestShared(x, y, minimumShare)) {
        const pair = measurePair(items[a]!, items[b]!, minimumShare);
        if (pair) pairs.push(pair);
      }
      shared[b] = 0;
    }
  }
  return pairs.sort((p, q) => Math.max(q.shareOfA, q.shareOfB) - Math.max(p.shareOfA, p.shareOfB) || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : 1));
}

/**
 * The fewest hashes two sketches must share for one text to have `minimumShare` of its 4-grams in the other. A
 * share s of the smaller set (m of |A| + |B| 4-grams) needs a Jaccard index of at least s·m / (|A| + |B| − s·m);
 * the estimate is the shared hashes among the union's smallest `sketchSize`, of which there are at least as many
 * as the longer sketch holds (or `sketchSize`), and those shared are at most the hashes both sketches hold.
 */
function fewestShared(x: TextSketch, y: TextSketch, minimumShare: number): number {
  const needed = minimumShare * Math.min(x.shingles, y.shingles);
  const jaccard = needed / (x.shingles + y.shingles - needed);
  // Less a rounding margin: the pairs at the limit are measured.
  return jaccard * Math.min(sketchSize, Math.max(x.hashes.length, y.hashes.length)) - 1e-9;
}

/** The most holders a hash may have for all hashes with as many or fewer to make at most `budget` pairs. */
function mostHolders(sizes: number[], budget: number): number {
  sizes.sort((x, y) => x - y);
  let pairs = 0;
  let most = 1;
  for (let i = 0; i < sizes.length; ) {
    const size = sizes[i]!;
    let j = i;
    while (j < sizes.length && sizes[j] === size) j++;
    pairs += ((j - i) * size * (size - 1)) / 2;
    if (pairs > budget) break;
    most = size;
    i = j;
  }
  return most;
}

/** Two items as a pair, in the order of their ids, when one has at least `minimumShare` of its text in the other. */
function measurePair(x: SketchedItem, y: SketchedItem, minimumShare: number): NearDuplicate | null {
  const [first, second] = x.id < y.id ? [x, y] : [y, x];
  const jaccard = sketchOverlap(first.sketch.hashes, second.sketch.hashes);
  // |A ∩ B| = J × |A ∪ B| = J × (|A| + |B|) / (1 + J)
  const common = (jaccard * (first.sketch.shingles + second.sketch.shingles)) / (1 + jaccard);
  const shareOfA = Math.min(1, common / first.sketch.shingles);
  const shareOfB = Math.min(1, common / second.sketch.shingles);
  return Math.max(shareOfA, shareOfB) >= minimumShare ? { a: first.id, b: second.id, shareOfA, shareOfB } : null;
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

const wordCharacter = /[\p{L}\p{N}]/u;

/**
 * Puts the FNV-1a hash of each word of a text, in lower case (a word: a run of letters and digits, in any script),
 * in `words`, in one pass without making the words as strings; returns how many.
 */
function hashWords(text: string): number {
  // No more words than half the characters, and one more.
  if (words.length < (text.length >> 1) + 1) words = new Uint32Array(text.length + 2);
  let count = 0;
  let hash = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 128) {
      if (code >= 65 && code <= 90) code += 32;
      if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) {
        hash = Math.imul(hash ^ code, 0x01000193);
        inWord = true;
        continue;
      }
    } else {
      const character = String.fromCodePoint(text.codePointAt(i)!);
      if (character.length === 2) i++;
      if (wordCharacter.test(character)) {
        const lower = character.toLowerCase();
        for (let j = 0; j < lower.length; j++) hash = Math.imul(hash ^ lower.charCodeAt(j), 0x01000193);
        inWord = true;
        continue;
      }
    }
    if (inWord) {
      words[count++] = hash >>> 0;
      hash = 0x811c9dc5;
      inWord = false;
    }
  }
  if (inWord) words[count++] = hash >>> 0;
  return count;
}

/** A 32-bit finaliser (MurmurHash3's), so that 4-grams sharing words still hash far apart. */
function mix(value: number): number {
  let hash = value >>> 0;
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}
