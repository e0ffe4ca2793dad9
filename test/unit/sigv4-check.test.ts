// The rig's SigV4 check (test/e2e/rig/sigv4-check.ts) against AWS's own worked example, "Example: GET
// Object" in the S3 API reference's SigV4 header-signing page: its inputs and the signature AWS gives for
// them. Each change to a signed part of that request must be refused.
import { describe, expect, it } from 'vitest';
import { headerValues, sigv4Refusal, type SigV4Expectations } from '../e2e/rig/sigv4-check.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41';
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const want: SigV4Expectations = {
  region: 'us-east-1',
  service: 's3',
  now: new Date(Date.UTC(2013, 4, 24, 0, 5, 0)),
  secretFor: (id) => (id === 'AKIAIOSFODNN7EXAMPLE' ? SECRET : undefined),
};

function example(over: Record<string, string> = {}): string[] {
  const h: Record<string, string> = {
    Host: 'examplebucket.s3.amazonaws.com',
    Authorization: AUTH,
    Range: 'bytes=0-9',
    'x-amz-content-sha256': EMPTY_SHA256,
    'x-amz-date': '20130524T000000Z',
    ...over,
  };
  return Object.entries(h).flat();
}

const check = (raw: string[], url = '/test.txt', method = 'GET', w = want) => sigv4Refusal(method, url, headerValues(raw), w);

describe('the rig SigV4 check', () => {
  it("accepts AWS's worked example", () => {
    expect(check(example())).toBeUndefined();
  });

  it.each([
    ['another path', () => check(example(), '/test.txt2')],
    ['another method', () => check(example(), '/test.txt', 'HEAD')],
    ['a query the signature did not cover', () => check(example(), '/test.txt?x-id=GetObject')],
    ['another signed header value', () => check(example({ Range: 'bytes=0-10' }))],
    ['another payload hash', () => check(example({ 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' }))],
    ['another secret', () => check(example(), '/test.txt', 'GET', { ...want, secretFor: () => 'wrong' })],
  ])('refuses %s: signature does not match', (_what, refusal) => {
    expect(refusal()).toBe('signature does not match');
  });

  it('refuses a request signed for another region or service', () => {
    expect(check(example(), '/test.txt', 'GET', { ...want, region: 'eu-west-1' })).toBe('signed for region us-east-1, not eu-west-1');
    expect(check(example(), '/test.txt', 'GET', { ...want, service: 's3express' })).toMatch(/not s3express/);
  });

  it('refuses a date more than 15 minutes off, or outside the credential scope', () => {
    expect(check(example(), '/test.txt', 'GET', { ...want, now: new Date(Date.UTC(2013, 4, 24, 0, 16, 0)) })).toMatch(/15 minutes/);
    expect(check(example({ 'x-amz-date': '20130525T000000Z' }))).toMatch(/credential scope/);
  });

  it('refuses an x-amz- header that is not signed, and an unknown key', () => {
    expect(check(example({ 'x-amz-acl': 'public-read' }))).toBe('x-amz-acl is not signed');
    expect(check(example({ Authorization: AUTH.replace('AKIAIOSFODNN7EXAMPLE', 'AKIDOTHER') }))).toBe('unknown access key');
  });

  it('compares paths in their canonical encoding, as S3 does (a signer must sign that form)', () => {
    expect(check(example(), '/test%2Etxt')).toBeUndefined(); // '.' is unreserved: the canonical path is /test.txt
    expect(check(example(), '/%zz')).toBe('malformed percent-encoding');
  });

  it('joins repeated headers with commas, in the order sent', () => {
    expect(headerValues(['X-A', ' 1 ', 'x-a', 'two  words', 'Host', 'h']).get('x-a')).toBe('1,two words');
  });
});
