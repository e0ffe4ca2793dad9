// Checks AWS Signature Version 4 on every signed request to the rig's s3rver, which checks none itself
// (its V4 support stops at looking the access key up): a request whose signature S3 would refuse gets the
// 403 SignatureDoesNotMatch that S3 answers. Written from AWS's SigV4 specification ("Create a signed AWS
// API request"), independently of the SDK's signer, so that the SDK, our direct requests (src/cache/
// s3-direct.ts) and Nix's own S3 client are all held to S3's rule. The body is not re-hashed: the
// signature covers the x-amz-content-sha256 the client declared, which is the signer's own computation.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

const rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const decode = (s) => decodeURIComponent(s.replace(/\+/g, '%20'));
const sha256 = (s) => createHash('sha256').update(s).digest('hex');
const hmac = (key, s) => createHmac('sha256', key).update(s).digest();

function canonicalQuery(raw) {
  if (!raw) return '';
  return raw
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const i = pair.indexOf('=');
      const [k, v] = i < 0 ? [pair, ''] : [pair.slice(0, i), pair.slice(i + 1)];
      return [rfc3986(decode(k)), rfc3986(decode(v))];
    })
    .sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Why S3 would refuse this request's header signature, or undefined when it would accept it. */
export function sigv4Refusal(method, rawUrl, headers, secretFor) {
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/.exec(
      headers.authorization ?? '',
    );
  if (!m) return 'malformed Authorization header';
  const [, accessKeyId, date, region, service, signedHeaders, signature] = m;
  const secret = secretFor(accessKeyId);
  if (secret === undefined) return 'unknown access key';
  const amzDate = headers['x-amz-date'];
  if (!amzDate?.startsWith(date)) return 'x-amz-date does not match the credential scope';
  const names = signedHeaders.split(';');
  if (!names.includes('host')) return 'host is not signed';
  const payloadHash = headers['x-amz-content-sha256'];
  if (!payloadHash) return 'no x-amz-content-sha256';
  const q = rawUrl.indexOf('?');
  const path = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const query = q < 0 ? '' : rawUrl.slice(q + 1);
  const canonicalHeaders = names
    .map(
      (n) =>
        `${n}:${String(headers[n] ?? '')
          .trim()
          .replace(/\s+/g, ' ')}\n`,
    )
    .join('');
  const canonicalRequest = [method, path, canonicalQuery(query), canonicalHeaders, signedHeaders, payloadHash].join('\n');
  const scope = `${date}/${region}/${service}/aws4_request`;
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonicalRequest)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), service), 'aws4_request');
  const expected = hmac(key, stringToSign);
  return timingSafeEqual(expected, Buffer.from(signature, 'hex')) ? undefined : 'signature does not match';
}

/**
 * A Koa middleware for s3rver: refuses what S3 would refuse; unsigned (anonymous) requests pass, as s3rver
 * lets them. `seen` hears of each request: 'signed' (and valid), 'anonymous' or 'refused' (with why).
 */
export function sigv4Middleware(secretFor, seen) {
  return async function checkSigV4(ctx, next) {
    const auth = ctx.req.headers.authorization;
    if (auth?.startsWith('AWS4-HMAC-SHA256 ')) {
      const why = sigv4Refusal(ctx.req.method, ctx.req.url, ctx.req.headers, secretFor);
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
