// Nix's base-32: its own alphabet (no e, o, u, t) and its own bit order, least significant bits first,
// printed from the last character to the first. Length for n bytes is ceil(n * 8 / 5).
const ALPHABET = '0123456789abcdfghijklmnpqrsvwxyz';

export function nix32Length(byteLength: number): number {
  return Math.ceil((byteLength * 8) / 5);
}

export function nix32Encode(bytes: Uint8Array): string {
  const len = nix32Length(bytes.length);
  let out = '';
  for (let n = len - 1; n >= 0; n--) {
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    const c = (bytes[i]! >> j) | (i + 1 < bytes.length ? bytes[i + 1]! << (8 - j) : 0);
    out += ALPHABET[c & 0x1f];
  }
  return out;
}

/** Decodes Nix base-32; throws on a bad character, a bad length or bits set beyond the byte length. */
export function nix32Decode(text: string): Uint8Array {
  const size = Math.floor((text.length * 5) / 8);
  if (nix32Length(size) !== text.length) throw new Error(`invalid nix32 length ${text.length}`);
  const out = new Uint8Array(size);
  for (let n = 0; n < text.length; n++) {
    const c = text[text.length - n - 1]!;
    const digit = ALPHABET.indexOf(c);
    if (digit < 0) throw new Error(`invalid nix32 character ${JSON.stringify(c)}`);
    const b = n * 5;
    const i = b >> 3;
    const j = b & 7;
    out[i]! |= (digit << j) & 0xff;
    const carry = digit >> (8 - j);
    if (i + 1 < size) out[i + 1]! |= carry;
    else if (carry) throw new Error('invalid nix32: bits set beyond the encoded length');
  }
  return out;
}
