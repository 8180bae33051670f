/**
 * The browser side of the server's proof of work (`core/public/proof-of-work.ts`): find a nonce —
 * `n.toString(36)` for n = 0, 1, 2… — such that SHA-256(`challenge:nonce`) starts with `bits`
 * zero bits. Digests go to Web Crypto in batches (many in flight at once is what makes it fast),
 * and the loop hands the main thread back to the page between batches so typing stays smooth.
 */
export interface PowSolution {
  challenge: string;
  nonce: string;
}

export interface SolveOptions {
  signal?: AbortSignal;
  /** Called after every batch with the number of nonces tried so far. */
  onProgress?: (tried: number) => void;
  batchSize?: number;
}

const BATCH = 512;
/** Give the page a turn at least this often (ms). */
const SLICE_MS = 40;

/** How many leading zero bits a digest has (the same count as the server's). */
export function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

function abortError(): DOMException {
  return new DOMException('The proof of work was cancelled', 'AbortError');
}

/** A macrotask, so rendering and input events run before the next batch. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function subtleCrypto(): SubtleCrypto {
  const subtle = globalThis.crypto?.subtle;
  // Web Crypto needs a secure context (HTTPS or localhost).
  if (!subtle) throw new Error('Web Crypto is not available');
  return subtle;
}

export async function solveChallenge(
  challenge: string,
  bits: number,
  { signal, onProgress, batchSize = BATCH }: SolveOptions = {},
): Promise<PowSolution> {
  const subtle = subtleCrypto();
  const encoder = new TextEncoder();
  let lastYield = Date.now();
  for (let start = 0; ; start += batchSize) {
    if (signal?.aborted) throw abortError();
    const digests = await Promise.all(
      Array.from({ length: batchSize }, (_, i) =>
        subtle.digest('SHA-256', encoder.encode(`${challenge}:${(start + i).toString(36)}`)),
      ),
    );
    const found = digests.findIndex((d) => leadingZeroBits(new Uint8Array(d)) >= bits);
    if (found >= 0) return { challenge, nonce: (start + found).toString(36) };
    onProgress?.(start + batchSize);
    if (Date.now() - lastYield >= SLICE_MS) {
      await yieldToPage();
      lastYield = Date.now();
    }
  }
}

/** About how far along a search is (0–1): tries against the expected 2^bits, never quite 1. */
export function powProgress(tried: number, bits: number): number {
  const expected = 2 ** bits;
  return Math.min(0.95, tried / expected);
}
