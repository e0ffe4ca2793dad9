import { describe, expect, it } from 'vitest';
import { retryHintOf } from '../../src/cache/backend.js';
import { CacheRequestError, describeS3Error } from '../../src/cache/s3.js';
import type { S3Location } from '../../src/cache/url.js';
import { UserError } from '../../src/core/errors.js';

const aws: S3Location = { kind: 's3', bucket: 'my-cache', region: 'eu-west-1', pathStyle: false, checksums: 'when-supported' };
const local: S3Location = { ...aws, endpoint: 'http://127.0.0.1:4568', pathStyle: true, checksums: 'when-required' };

describe('describeS3Error', () => {
  it('a missing bucket is not retryable and says what to do', () => {
    const e = describeS3Error({ name: 'NoSuchBucket' }, aws, 'uploading nar/x.nar');
    expect(e).toBeInstanceOf(CacheRequestError);
    expect(e).toBeInstanceOf(UserError);
    expect(e.name).toBe('CacheRequestError');
    expect(e.exitCode).toBe(1);
    expect(e.retryable).toBe(false);
    expect(e.retryAfterSeconds).toBeUndefined();
    expect(e.message).toBe(
      'uploading nar/x.nar: bucket "my-cache" does not exist s3://my-cache (region eu-west-1); create it or fix the cache URL',
    );
  });

  it('names the endpoint when there is one', () => {
    expect(describeS3Error({ name: 'NoSuchBucket' }, local, 'x').message).toContain('s3://my-cache at http://127.0.0.1:4568');
  });

  it('refused credentials are not retryable', () => {
    const e = describeS3Error({ name: 'InvalidAccessKeyId', $metadata: { httpStatusCode: 403 } }, aws, 'writing a.narinfo');
    expect(e.retryable).toBe(false);
    expect(e.message).toMatch(/^writing a\.narinfo: s3:\/\/my-cache \(region eu-west-1\) refused the credentials \(InvalidAccessKeyId\)/);
    expect(e.message).toMatch(/check the access key/);
  });

  it.each([['SignatureDoesNotMatch'], ['AccessDenied'], ['CredentialsProviderError'], ['ExpiredToken']])(
    '%s is a credentials problem',
    (name) => {
      const e = describeS3Error({ name }, aws, 'x');
      expect(e.retryable).toBe(false);
      expect(e.message).toContain(`refused the credentials (${name})`);
    },
  );

  it('a bare 403 is a credentials problem', () => {
    const e = describeS3Error({ $metadata: { httpStatusCode: 403 } }, aws, 'x');
    expect(e.retryable).toBe(false);
    expect(e.message).toContain('refused the credentials (403)');
  });

  it('an unreachable endpoint is retryable', () => {
    const e = describeS3Error({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:1' }, local, 'checking a.narinfo');
    expect(e.retryable).toBe(true);
    expect(e.message).toBe(
      'checking a.narinfo: cannot reach s3://my-cache at http://127.0.0.1:4568 (ECONNREFUSED); check the endpoint and the network',
    );
  });

  it.each([['ENOTFOUND'], ['ETIMEDOUT'], ['ECONNRESET'], ['EAI_AGAIN']])('%s inside an Error message is a network problem', (code) => {
    const e = describeS3Error(new Error(`getaddrinfo ${code} s3.example.org`), local, 'x');
    expect(e.retryable).toBe(true);
    expect(e.message).toContain(`cannot reach`);
    expect(e.message).toContain(`(${code})`);
  });

  it('a 503 with Retry-After is retryable after that many seconds', () => {
    const e = describeS3Error({ $metadata: { httpStatusCode: 503 }, $response: { headers: { 'retry-after': '7' } } }, aws, 'x');
    expect(e.retryable).toBe(true);
    expect(e.retryAfterSeconds).toBe(7);
    expect(e.message).toMatch(/answered 503.*will retry/);
  });

  it.each([[429], [500], [502], [503]])('a %d is retryable', (status) => {
    const e = describeS3Error({ name: 'SlowDown', $metadata: { httpStatusCode: status } }, aws, 'x');
    expect(e.retryable).toBe(true);
    expect(e.retryAfterSeconds).toBeUndefined();
    expect(e.message).toContain(`answered ${status} SlowDown`);
  });

  it.each([['abc'], ['0'], ['-3'], ['']])('ignores an unusable Retry-After %j', (value) => {
    const e = describeS3Error({ $metadata: { httpStatusCode: 503 }, $response: { headers: { 'retry-after': value } } }, aws, 'x');
    expect(e.retryAfterSeconds).toBeUndefined();
  });

  it('anything else keeps the first line of its message', () => {
    const e = describeS3Error({ name: 'InvalidRequest', message: 'bad thing\nmore detail', $metadata: { httpStatusCode: 400 } }, aws, 'x');
    expect(e.message).toBe('x: s3://my-cache (region eu-west-1): InvalidRequest: bad thing');
  });

  it('copes with undefined and non-objects', () => {
    expect(describeS3Error(undefined, aws, 'x')).toBeInstanceOf(CacheRequestError);
    expect(describeS3Error(undefined, aws, 'x').message).toContain('x: s3://my-cache');
    expect(describeS3Error('weird', aws, 'x').message).toContain('weird');
  });
});

describe('the retry contract (backend.ts)', () => {
  it('an error that says nothing is retryable; one that says retryable: false is not; Retry-After is kept', () => {
    expect(retryHintOf(new Error('socket hang up'))).toEqual({ retryable: true });
    expect(retryHintOf(new CacheRequestError('no bucket', false))).toEqual({ retryable: false });
    expect(retryHintOf(new CacheRequestError('slow down', true, 7))).toEqual({ retryable: true, retryAfterSeconds: 7 });
    expect(retryHintOf('a string')).toEqual({ retryable: true });
    expect(retryHintOf(undefined)).toEqual({ retryable: true });
  });
});
