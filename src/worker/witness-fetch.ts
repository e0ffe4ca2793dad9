import { FileCache } from '../cache/file.js';
import type { NarInfoFetcher } from './witness.js';

/** Reads a witness's narinfo: a file:// cache directly, else over HTTP(S); 404 means it has none. */
export const fetchWitnessNarInfo: NarInfoFetcher = async (w, key) => {
  if (w.url.startsWith('file://')) return (await new FileCache(w.url.slice('file://'.length)).get(key))?.toString('utf8');
  const r = await fetch(`${w.url}/${key}`);
  if (r.status === 404) return undefined;
  if (!r.ok) throw new Error(`HTTP ${r.status}`);
  return r.text();
};
