import { usageError } from '../core/errors.js';

export interface S3Location {
  kind: 's3';
  bucket: string;
  region: string;
  endpoint?: string; // full URL, e.g. http://127.0.0.1:4568
  pathStyle: boolean;
  profile?: string;
  /** 'when-required' avoids the SDK's default CRC checksums that several S3-compatible servers reject. */
  checksums: 'when-supported' | 'when-required';
}
export interface FileLocation {
  kind: 'file';
  dir: string;
}
export type CacheLocation = S3Location | FileLocation;

const S3_PARAMS = new Set(['region', 'endpoint', 'scheme', 'profile', 'path-style', 'checksums']);

/**
 * Parses a cache URL in Nix's own store-URL style: `s3://BUCKET?region=…&endpoint=…&scheme=http|https` or
 * `file:///ABS/DIR`. Unknown query parameters are refused so typos do not silently change behaviour.
 */
export function parseCacheUrl(text: string): CacheLocation {
  const raw = text.trim();
  if (raw.startsWith('file://')) {
    const dir = decodeURIComponent(raw.slice('file://'.length).replace(/\?.*$/, ''));
    if (!dir.startsWith('/'))
      throw usageError(`cache URL ${JSON.stringify(raw)}: file:// needs an absolute path, e.g. file:///var/cache/nix`);
    return { kind: 'file', dir: dir.replace(/\/+$/, '') || '/' };
  }
  if (raw.startsWith('s3://')) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw usageError(`cache URL ${JSON.stringify(raw)} is not a valid URL`);
    }
    const bucket = url.hostname;
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
      throw usageError(`cache URL ${JSON.stringify(raw)}: ${JSON.stringify(bucket)} is not a valid S3 bucket name`);
    }
    if (url.pathname && url.pathname !== '/') {
      throw usageError(
        `cache URL ${JSON.stringify(raw)}: a key prefix (${url.pathname}) is not supported; use the bucket root (s3://BUCKET?…)`,
      );
    }
    for (const key of url.searchParams.keys()) {
      if (!S3_PARAMS.has(key)) throw usageError(`cache URL: unknown parameter ${JSON.stringify(key)}; known: ${[...S3_PARAMS].join(', ')}`);
    }
    const q = (k: string) => url.searchParams.get(k) ?? undefined;
    const scheme = q('scheme') ?? 'https';
    if (scheme !== 'http' && scheme !== 'https') throw usageError(`cache URL: scheme must be http or https, not ${JSON.stringify(scheme)}`);
    let endpoint = q('endpoint');
    if (endpoint && !/^https?:\/\//.test(endpoint)) endpoint = `${scheme}://${endpoint}`;
    const flag = (k: string, dflt: boolean): boolean => {
      const v = q(k);
      if (v === undefined) return dflt;
      if (v === 'true' || v === 'false') return v === 'true';
      throw usageError(`cache URL: ${k} must be true or false, not ${JSON.stringify(v)}`);
    };
    const checksums = q('checksums') ?? (endpoint ? 'when-required' : 'when-supported');
    if (checksums !== 'when-required' && checksums !== 'when-supported') {
      throw usageError(`cache URL: checksums must be when-required or when-supported`);
    }
    const loc: S3Location = {
      kind: 's3',
      bucket,
      region: q('region') ?? 'us-east-1',
      pathStyle: flag('path-style', endpoint !== undefined),
      checksums,
    };
    if (endpoint) loc.endpoint = endpoint.replace(/\/+$/, '');
    if (q('profile')) loc.profile = q('profile')!;
    return loc;
  }
  throw usageError(`cache URL ${JSON.stringify(raw)} is neither s3://BUCKET?… nor file:///ABS/DIR`);
}

/** The URL consumers put in `substituters` to read this cache over HTTP(S) (or the directory itself). */
export function substituterFor(loc: CacheLocation): string {
  if (loc.kind === 'file') return `file://${loc.dir}`;
  if (loc.endpoint) return `${loc.endpoint}/${loc.bucket}`;
  // AWS's wildcard certificate does not cover dotted bucket names as subdomains: use the path style for those.
  if (loc.bucket.includes('.')) return `https://s3.${loc.region}.amazonaws.com/${loc.bucket}`;
  return `https://${loc.bucket}.s3.${loc.region}.amazonaws.com`;
}
