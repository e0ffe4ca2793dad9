import type { Readable } from 'node:stream';

export const CONTENT_TYPES = {
  narinfo: 'text/x-nix-narinfo',
  nar: 'application/x-nix-nar',
  cacheInfo: 'text/x-nix-cache-info',
} as const;

export const CACHE_INFO = 'StoreDir: /nix/store\n';

/** Where a file:// cache wants an object: written under `tmp` (a fresh name), renamed to `final` when whole. */
export interface FileTarget {
  tmp: string;
  final: string;
}

/** The few operations a binary cache needs. Keys are relative: `abc….narinfo`, `nar/….nar.zst`. */
export interface CacheBackend {
  readonly describe: string;
  /** A small object's bytes, or undefined when absent. */
  get(key: string): Promise<Buffer | undefined>;
  /** A large object as a stream, or undefined when absent. */
  getStream(key: string): Promise<Readable | undefined>;
  exists(key: string): Promise<boolean>;
  put(key: string, body: string | Buffer, contentType: string): Promise<void>;
  /**
   * Streams an object; if `body` fails, the object must not appear (no partial object under `key`). Each
   * piece is the backend's only until it asks for the next: what it keeps longer, it copies (the producer
   * may free or reuse a piece once the next is asked for).
   */
  putStream(key: string, body: AsyncIterable<Uint8Array>, contentType: string): Promise<void>;
  /**
   * A cache in a local directory only: where to write `key` directly, for the encoder threads (its
   * directory exists; the writer creates `tmp` exclusively, mode 0644, and renames it when whole).
   */
  fileTarget?(key: string): Promise<FileTarget>;
  delete(key: string): Promise<void>;
  /** A cache in a local directory only: removes what dead writers left half-written (see FileCache). */
  sweepTemporaries?(alive: (pid: number) => boolean): Promise<number>;
  /** Keys directly under the cache root that end with `suffix`. */
  list(suffix: string): AsyncIterable<string>;
}

/**
 * The retry contract: an error a backend throws (or any error on an upload's way: see PathGoneError) may say
 * whether trying again can help. `retryable: false` means waiting will not heal it (a missing bucket, refused
 * credentials, a path gone from the store): the worker settles it now, as failed, kept for `retry`.
 * `retryAfterSeconds` is what the service asked for (HTTP Retry-After). An error that says nothing counts as
 * retryable: a network that failed once may answer the next time.
 */
export interface RetryHint {
  retryable?: boolean;
  retryAfterSeconds?: number;
}

/** What `err` says of trying again, with the contract's default filled in. */
export function retryHintOf(err: unknown): { retryable: boolean; retryAfterSeconds?: number } {
  const hint = (typeof err === 'object' && err !== null ? err : {}) as RetryHint;
  const out: { retryable: boolean; retryAfterSeconds?: number } = { retryable: hint.retryable ?? true };
  if (typeof hint.retryAfterSeconds === 'number') out.retryAfterSeconds = hint.retryAfterSeconds;
  return out;
}

// Caches known to have nix-cache-info: the worker checks once per process, not once per build.
const hasCacheInfo = new WeakSet<CacheBackend>();

/** Writes `nix-cache-info` when the cache has none. */
export async function ensureCacheInfo(cache: CacheBackend): Promise<void> {
  if (hasCacheInfo.has(cache)) return;
  if (!(await cache.exists('nix-cache-info'))) await cache.put('nix-cache-info', CACHE_INFO, CONTENT_TYPES.cacheInfo);
  hasCacheInfo.add(cache);
}
