import { createHash } from 'node:crypto';
import { nix32Decode, nix32Encode } from './nix32.js';

/** A sha256 as hex (what installers, bundles and records are pinned by). */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A sha256 as Nix prints it in narinfo and fingerprints: `sha256:<nix32>`. */
export function sha256Nix32(digest: Uint8Array): string {
  return `sha256:${nix32Encode(digest)}`;
}

/**
 * Parses the hash forms Nix uses for NAR hashes (`sha256:<nix32>`, `sha256:<hex>`, `sha256-<base64>` SRI)
 * into the 32 raw bytes.
 */
export function parseSha256(text: string): Uint8Array {
  const sri = /^sha256-([A-Za-z0-9+/]{43}=)$/.exec(text);
  if (sri) return new Uint8Array(Buffer.from(sri[1]!, 'base64'));
  const m = /^sha256:([0-9a-z]+)$/.exec(text);
  if (m) {
    const body = m[1]!;
    if (body.length === 64 && /^[0-9a-f]+$/.test(body)) return new Uint8Array(Buffer.from(body, 'hex'));
    if (body.length === 52) return nix32Decode(body);
  }
  throw new Error(`not a sha256 hash: ${JSON.stringify(text.slice(0, 80))}`);
}

/** Normalizes any accepted sha256 form to `sha256:<nix32>`. */
export function normalizeSha256(text: string): string {
  return sha256Nix32(parseSha256(text));
}
