export const STORE_DIR = '/nix/store';

// A store path is /nix/store/<32 nix32 chars>-<name>, name of [A-Za-z0-9+-._?=] not starting with '.'.
const STORE_PATH = /^\/nix\/store\/([0-9a-df-np-sv-z]{32})-([A-Za-z0-9+\-_?=][A-Za-z0-9+\-._?=]*)$/;

export function isStorePath(text: string): boolean {
  return STORE_PATH.test(text) && text.length <= STORE_DIR.length + 1 + 32 + 1 + 211;
}

/** Returns the 32-character hash part of a store path, the key of its narinfo. */
export function storePathHash(path: string): string {
  const m = STORE_PATH.exec(path);
  if (!m) throw new Error(`not a store path: ${JSON.stringify(path.slice(0, 300))}`);
  return m[1]!;
}

/** Strips the store directory: narinfo References and Deriver hold base names. */
export function baseName(path: string): string {
  return path.startsWith(STORE_DIR + '/') ? path.slice(STORE_DIR.length + 1) : path;
}

export function fullPath(base: string): string {
  return base.startsWith('/') ? base : `${STORE_DIR}/${base}`;
}
