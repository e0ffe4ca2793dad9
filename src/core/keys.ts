import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import nacl from 'tweetnacl';
import { UserError } from './errors.js';

// Nix's key formats: `<name>:<base64>`; a secret key holds 64 bytes (ed25519 seed then public key),
// a public key 32, a signature 64. Errors here never include the key material itself.

export interface SecretKey {
  readonly name: string;
  readonly secret: Uint8Array; // 64 bytes, tweetnacl's secretKey layout
}
export interface PublicKey {
  readonly name: string;
  readonly key: Uint8Array; // 32 bytes
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

function splitKey(text: string, what: string): { name: string; bytes: Uint8Array } {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon <= 0) throw new UserError(`${what} is not in Nix's "name:base64" format`);
  const name = trimmed.slice(0, colon);
  const body = trimmed.slice(colon + 1);
  if (!NAME.test(name)) throw new UserError(`${what} has an invalid name (letters, digits, '.', '_', '-')`);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body) || body.length % 4 !== 0) {
    throw new UserError(`${what} "${name}:…" is not valid base64`);
  }
  return { name, bytes: new Uint8Array(Buffer.from(body, 'base64')) };
}

export function parseSecretKey(text: string): SecretKey {
  const { name, bytes } = splitKey(text, 'the signing key');
  if (bytes.length === 32) {
    throw new UserError(`the signing key "${name}:…" is 32 bytes: that is a public key; give the secret key (nix key generate-secret)`);
  }
  if (bytes.length !== 64) throw new UserError(`the signing key "${name}:…" has ${bytes.length} bytes, expected 64`);
  // The last 32 bytes must be the public key of the first 32 (the seed); otherwise signatures would not verify.
  const derived = createPublicKey(privateKeyOfSeed(bytes.subarray(0, 32)))
    .export({ format: 'der', type: 'spki' })
    .subarray(-32);
  if (!derived.equals(bytes.subarray(32))) {
    throw new UserError(`the signing key "${name}:…" is corrupt: its public half does not match its seed`);
  }
  return { name, secret: bytes };
}

export function parsePublicKey(text: string): PublicKey {
  const { name, bytes } = splitKey(text, 'the public key');
  if (bytes.length === 64) throw new UserError(`the public key "${name}:…" is 64 bytes: that is a secret key`);
  if (bytes.length !== 32) throw new UserError(`the public key "${name}:…" has ${bytes.length} bytes, expected 32`);
  return { name, key: bytes };
}

export function publicKeyOf(sk: SecretKey): PublicKey {
  return { name: sk.name, key: sk.secret.slice(32) };
}

export function formatSecretKey(sk: SecretKey): string {
  return `${sk.name}:${Buffer.from(sk.secret).toString('base64')}`;
}

export function formatPublicKey(pk: PublicKey): string {
  return `${pk.name}:${Buffer.from(pk.key).toString('base64')}`;
}

export function generateSecretKey(name: string): SecretKey {
  if (!NAME.test(name))
    throw new UserError(`invalid key name ${JSON.stringify(name)}: use letters, digits, '.', '_', '-' (e.g. cache.example.org-1)`);
  return { name, secret: nacl.sign.keyPair().secretKey };
}

// Node's own Ed25519 (OpenSSL) signs ~9 ms per path faster than tweetnacl on the upload path (bench/), and
// derives or verifies in microseconds where tweetnacl's JavaScript takes milliseconds (8 ms of every CLI
// start, for the seed check above). Ed25519 is deterministic: the signatures are byte-for-byte the same.
// Keys reach OpenSSL as DER: a fixed ASN.1 prefix (RFC 8410) and the 32 raw bytes.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const nodeKeys = new WeakMap<SecretKey, KeyObject>();
const nodePublicKeys = new WeakMap<PublicKey, KeyObject>();

function privateKeyOfSeed(seed: Uint8Array): KeyObject {
  return createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

function publicKeyObject(pk: PublicKey): KeyObject {
  let key = nodePublicKeys.get(pk);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, pk.key]), format: 'der', type: 'spki' });
    nodePublicKeys.set(pk, key);
  }
  return key;
}

/** Signs a narinfo fingerprint; returns the `Sig:` value `name:base64`. */
export function signFingerprint(sk: SecretKey, fingerprint: string): string {
  let key = nodeKeys.get(sk);
  if (!key) {
    key = privateKeyOfSeed(sk.secret.subarray(0, 32));
    nodeKeys.set(sk, key);
  }
  return `${sk.name}:${sign(null, Buffer.from(fingerprint, 'utf8'), key).toString('base64')}`;
}

/** True when `sig` (`name:base64`) is a valid signature of `fingerprint` by one of `keys` with the same name. */
export function verifyFingerprint(keys: readonly PublicKey[], fingerprint: string, sig: string): boolean {
  const colon = sig.indexOf(':');
  if (colon <= 0) return false;
  const name = sig.slice(0, colon);
  const bytes = Buffer.from(sig.slice(colon + 1), 'base64');
  if (bytes.length !== 64) return false;
  const msg = Buffer.from(fingerprint, 'utf8');
  return keys.some((k) => k.name === name && verifiesWith(k, msg, bytes));
}

/** False, never an exception, for bytes that are no Ed25519 key at all (as tweetnacl answered before). */
function verifiesWith(k: PublicKey, msg: Buffer, sig: Buffer): boolean {
  try {
    return verify(null, msg, publicKeyObject(k), sig);
  } catch {
    return false;
  }
}
