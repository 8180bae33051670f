/**
 * Near-duplicate detection for petition texts: MinHash signatures over character shingles,
 * bucketed with LSH bands. Character k-grams (not jieba words) because a resubmission often
 * changes a few characters, and word segmentation shifts around such edits; SimHash loses recall
 * on short texts (see ENGINEERING.md).
 *
 * Every hash here is 32-bit integer arithmetic (Math.imul, >>>), so signatures are identical on
 * every machine and Node version, and signatures stored years apart stay comparable. Changing any
 * constant invalidates every stored signature and band key: the snapshot test guards them.
 */

export type Signature = Uint32Array;

/** The min-hash of an empty set: no shingle ever hashes "above" it. */
const EMPTY_SLOT = 0xffffffff;

const notLetterOrDigit = /[^\p{L}\p{N}]+/gu;

/** NFKC (full-width → half-width), lower case, keep only letters (CJK included) and digits. */
export function normalizeForShingles(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(notLetterOrDigit, '');
}

/** The set of character k-grams (code points, so CJK extension characters count as one). */
export function shingles(text: string, k = 3): Set<string> {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError('shingle size must be a positive integer');
  }
  const chars = Array.from(normalizeForShingles(text));
  const out = new Set<string>();
  if (chars.length === 0) return out;
  // A text shorter than k still needs one shingle, or short petitions could never match.
  if (chars.length < k) return out.add(chars.join(''));
  for (let i = 0; i + k <= chars.length; i += 1) out.add(chars.slice(i, i + k).join(''));
  return out;
}

/** murmur3's 32-bit finalizer: a bijection with full avalanche. */
function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const utf8 = new TextEncoder();

/** 32-bit FNV-1a over bytes; standard constants so other tools can reproduce it. */
function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (const byte of bytes) {
    h ^= byte;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Seed i of the hash family h_i(x) = mix32(x ^ seed_i), derived from i alone (no table to drift). */
function seed(i: number): number {
  return mix32(Math.imul(i + 1, 0x9e3779b9));
}

const seeds: number[] = [];
function seedsFor(count: number): number[] {
  for (let i = seeds.length; i < count; i += 1) seeds.push(seed(i));
  return seeds;
}

export function minhashSignature(shingleSet: Iterable<string>, numHashes = 128): Signature {
  if (!Number.isInteger(numHashes) || numHashes < 1) {
    throw new RangeError('numHashes must be a positive integer');
  }
  const family = seedsFor(numHashes);
  const signature = new Uint32Array(numHashes).fill(EMPTY_SLOT);
  for (const shingle of shingleSet) {
    // FNV-1a's low bits avalanche poorly; mixing once here makes the XOR with a seed safe.
    const base = mix32(fnv1a(utf8.encode(shingle)));
    for (let i = 0; i < numHashes; i += 1) {
      const value = mix32(base ^ family[i]!);
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

function isEmptySignature(signature: ArrayLike<number>): boolean {
  for (let i = 0; i < signature.length; i += 1) if (signature[i] !== EMPTY_SLOT) return false;
  return true;
}

/**
 * The fraction of positions where the two signatures agree: an unbiased estimate of the Jaccard
 * similarity of the shingle sets (standard error ≈ √(J(1−J)/n)). Two empty texts score 0, as in
 * exactJaccard: having nothing to say is not a duplicate.
 */
export function estimateJaccard(sigA: ArrayLike<number>, sigB: ArrayLike<number>): number {
  if (sigA.length !== sigB.length) throw new RangeError('signatures differ in length');
  if (sigA.length === 0 || isEmptySignature(sigA) || isEmptySignature(sigB)) return 0;
  let equal = 0;
  for (let i = 0; i < sigA.length; i += 1) if (sigA[i] === sigB[i]) equal += 1;
  return equal / sigA.length;
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty (see estimateJaccard). */
export function exactJaccard(setA: ReadonlySet<string>, setB: ReadonlySet<string>): number {
  const [small, large] = setA.size <= setB.size ? [setA, setB] : [setB, setA];
  let shared = 0;
  for (const item of small) if (large.has(item)) shared += 1;
  const union = setA.size + setB.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * LSH band keys, "<band>:<8 hex digits>". Rows sharing any key are candidates; verify them with
 * estimateJaccard. 32 bands × 4 rows puts the 50 % candidate point near J ≈ 0.42: J = 0.8 is
 * found with probability > 0.999, J = 0.2 about 5 %, J = 0.1 about 0.3 %. An empty text yields
 * no keys, so blank petitions never pair up.
 */
export function lshBands(signature: ArrayLike<number>, bands = 32, rows = 4): string[] {
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1) {
    throw new RangeError('bands and rows must be positive integers');
  }
  if (bands * rows > signature.length) {
    throw new RangeError(`a signature of ${signature.length} values cannot fill ${bands}×${rows}`);
  }
  if (isEmptySignature(signature)) return [];
  const bytes = new Uint8Array(rows * 4);
  const view = new DataView(bytes.buffer);
  const keys: string[] = [];
  for (let band = 0; band < bands; band += 1) {
    for (let row = 0; row < rows; row += 1) {
      view.setUint32(row * 4, signature[band * rows + row]!, true);
    }
    keys.push(`${band}:${mix32(fnv1a(bytes)).toString(16).padStart(8, '0')}`);
  }
  return keys;
}

/** Little-endian uint32s in base64 (128 values → 684 characters), independent of host byte order. */
export function serializeSignature(signature: ArrayLike<number>): string {
  const bytes = Buffer.alloc(signature.length * 4);
  for (let i = 0; i < signature.length; i += 1) bytes.writeUInt32LE(signature[i]! >>> 0, i * 4);
  return bytes.toString('base64');
}

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export function deserializeSignature(text: string): Signature {
  // Buffer.from silently skips bad characters; a corrupted column must fail loudly instead.
  if (!base64.test(text)) throw new RangeError('signature is not base64');
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length === 0 || bytes.length % 4 !== 0) {
    throw new RangeError('signature length is not a whole number of uint32 values');
  }
  const signature = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < signature.length; i += 1) signature[i] = bytes.readUInt32LE(i * 4);
  return signature;
}
