// Checks AWS Signature Version 4 on every signed request to the rig's s3rver, which checks none itself
// (its V4 support stops at looking the access key up): a request whose signature S3 would refuse gets the
// 403 that S3 answers. Written from AWS's SigV4 specification ("Create a signed AWS API request"),
// independently of the SDK's signer, so that the SDK and our direct requests (src/cache/s3-direct.ts) are
// held to S3's rule; test/unit/sigv4-check.test.ts holds this check to AWS's own worked example.
// Not checked: that the body matches the x-amz-content-sha256 the client declared (the signer's own
// computation, covered by the signature, which is all a wrong route or encoding would break).
// Plain erasable TypeScript: s3rver-main.mjs runs it with Node's type stripping.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** What S3 checks beyond the signature itself. */
export interface SigV4Expectations {
  region: string;
  service: string;
  now: Date; // x-amz-date must be within 15 minutes of it
  secretFor(accessKeyId: string): string | undefined;
}

const SKEW_MS = 15 * 60 * 1000;

const rfc3986 = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const hmac = (key: string | Buffer, s: string) => createHmac('sha256', key).update(s).digest();

/** The canonical URI: each segment decoded and encoded again (RFC 3986), as S3 does; a path sent otherwise is refused. */
function canonicalUri(path: string): string {
  return path
    .split('/')
    .map((segment) => rfc3986(decodeURIComponent(segment)))
    .join('/');
}

function canonicalQuery(raw: string): string {
  return raw
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf('=');
      const [k, v] = i < 0 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
      return [rfc3986(decodeURIComponent(k)), rfc3986(decodeURIComponent(v))] as const;
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Header values by lower-cased name, repeated headers joined with ',' in the order sent (from rawHeaders). */
export function headerValues(rawHeaders: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i]!.toLowerCase();
    const value = rawHeaders[i + 1]!.trim().replace(/\s+/g, ' ');
    out.set(name, out.has(name) ? `${out.get(name)},${value}` : value);
  }
  return out;
}

/** `x-amz-date` (20130524T000000Z) as a time. */
function amzTime(s: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s);
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN;
}

/** Why S3 would refuse this request's header signature, or undefined when it would accept it. */
export function sigv4Refusal(method: string, rawUrl: string, headers: Map<string, string>, want: SigV4Expectations): string | undefined {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      headers.get('authorization') ?? '',
    );
  if (!m) return 'malformed Authorization header';
  const [, accessKeyId, date, region, service, signedHeaders, signature] = m as unknown as string[];
  const secret = want.secretFor(accessKeyId!);
  if (secret === undefined) return 'unknown access key';
  if (region !== want.region) return `signed for region ${region}, not ${want.region}`;
  if (service !== want.service) return `signed for service ${service}, not ${want.service}`;
  const amzDate = headers.get('x-amz-date') ?? '';
  if (!amzDate.startsWith(date!)) return 'x-amz-date does not match the credential scope';
  if (!(Math.abs(amzTime(amzDate) - want.now.getTime()) <= SKEW_MS)) return 'x-amz-date is more than 15 minutes off';
  const names = signedHeaders!.split(';');
  if (!names.includes('host')) return 'host is not signed';
  for (const name of headers.keys()) if (name.startsWith('x-amz-') && !names.includes(name)) return `${name} is not signed`;
  const payloadHash = headers.get('x-amz-content-sha256');
  if (!payloadHash) return 'no x-amz-content-sha256';
  const q = rawUrl.indexOf('?');
  let uri: string;
  let query: string;
  try {
    uri = canonicalUri(q < 0 ? rawUrl : rawUrl.slice(0, q));
    query = canonicalQuery(q < 0 ? '' : rawUrl.slice(q + 1));
  } catch {
    return 'malformed percent-encoding';
  }
  const canonicalHeaders = names.map((n) => `${n}:${headers.get(n) ?? ''}\n`).join('');
  const canonicalRequest = [method, uri, query, canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date!), region!), service!), 'aws4_request');
  return timingSafeEqual(hmac(key, stringToSign), Buffer.from(signature!, 'hex')) ? undefined : 'signature does not match';
}

type Verdict = 'signed' | 'anonymous' | 'refused';

interface KoaLike {
  req: { method?: string; url?: string; rawHeaders: string[] };
  status: number;
  type: string;
  body: unknown;
}

/**
 * A Koa middleware for s3rver: refuses what S3 would refuse; unsigned (anonymous) requests pass, as s3rver
 * lets them. `seen` hears of each request: 'signed' (and valid), 'anonymous' or 'refused' (with why).
 */
export function sigv4Middleware(want: Omit<SigV4Expectations, 'now'>, seen: (verdict: Verdict, what?: string) => void) {
  return async function checkSigV4(ctx: KoaLike, next: () => Promise<void>): Promise<void> {
    const headers = headerValues(ctx.req.rawHeaders);
    const auth = headers.get('authorization');
    if (auth?.startsWith('AWS4-HMAC-SHA256 ')) {
      const why = sigv4Refusal(ctx.req.method ?? '', ctx.req.url ?? '', headers, { ...want, now: new Date() });
      if (why) {
        seen('refused', `${ctx.req.method} ${ctx.req.url}: ${why}`);
        ctx.status = 403;
        ctx.type = 'application/xml';
        ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>SignatureDoesNotMatch</Code><Message>${why}</Message></Error>`;
        return;
      }
      seen('signed');
    } else {
      seen(auth ? 'signed' : 'anonymous'); // another scheme (SigV2): s3rver checks those itself
    }
    await next();
  };
}
