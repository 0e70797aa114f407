/**
 * Deterministic ids: the same inputs always give the same container and image ids, so transcripts
 * can be tested and replayed. Not cryptographic; only needs to look like Docker's hex ids.
 */
function fnv1a32(text: string, seed: number): number {
  let hash = 0x811c9dc5 ^ seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A 64-hex-digit id derived from the text, like a sha256 digest. */
export function hexId(text: string): string {
  let out = '';
  for (let seed = 0; out.length < 64; seed++) {
    out += fnv1a32(text, seed * 0x9e3779b1).toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

export function shortId(id: string): string {
  return id.slice(0, 12);
}
