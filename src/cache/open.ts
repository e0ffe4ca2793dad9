import type { CacheBackend } from './backend.js';
import { FileCache } from './file.js';
import { S3Cache, type S3Credentials } from './s3.js';
import type { CacheLocation } from './url.js';

export function openCache(loc: CacheLocation, credentials?: S3Credentials): CacheBackend {
  return loc.kind === 'file' ? new FileCache(loc.dir) : new S3Cache(loc, credentials);
}
