import type { CacheBackend } from './backend.js';
import { FileCache } from './file.js';
import type { S3Credentials } from './s3.js';
import type { CacheLocation } from './url.js';

/**
 * The backend for a cache URL. The S3 backend (and the AWS SDK behind it) loads only when a cache is on S3:
 * for a file:// cache that is most of the CLI's start-up and of the heap every garbage collection walks.
 */
export async function openCache(loc: CacheLocation, credentials?: S3Credentials): Promise<CacheBackend> {
  if (loc.kind === 'file') return new FileCache(loc.dir);
  const { S3Cache } = await import('./s3.js');
  return new S3Cache(loc, credentials);
}
