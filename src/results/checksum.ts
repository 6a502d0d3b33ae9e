import { canonicalJson } from './canonical-json';

/**
 * SHA-256 (hex) of a value's canonical JSON. Web Crypto is the one SHA-256 that Node 20 and
 * every browser share, and it is async, so everything that checks a checksum is async too.
 */
export async function checksumOf(value: unknown): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(value)));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
