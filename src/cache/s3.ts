import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Readable } from 'node:stream';
import { UserError } from '../core/errors.js';
import type { CacheBackend, RetryHint } from './backend.js';
import { DirectRequests, NOT_HANDLED, routeOf, type AuthScheme, type DirectTransport, type SignableRequest } from './s3-direct.js';
import { uploadStreamed, type MultipartRequests } from './s3-multipart.js';
import type { S3Location } from './url.js';

export interface S3Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/**
 * Multipart: 8 MiB parts, 4 in flight: few requests per NAR, and at most 40 MiB buffered per upload however
 * large the NAR (the worker runs a few uploads at once and must stay small).
 */
const PART_SIZE = 8 * 1024 * 1024;
const PARTS_IN_FLIGHT = 4;

/** A failed cache request, classified so the worker knows whether and when to retry (backend.ts: RetryHint). */
export class CacheRequestError extends UserError implements RetryHint {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly retryAfterSeconds?: number,
  ) {
    super(message, 1);
    this.name = 'CacheRequestError';
  }
}

interface AwsError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
  $response?: { headers?: Record<string, string> };
}

/** Turns an SDK or network error into one actionable line. */
export function describeS3Error(err: unknown, loc: S3Location, action: string): CacheRequestError {
  const e = (err ?? {}) as AwsError;
  const status = e.$metadata?.httpStatusCode;
  const where = `s3://${loc.bucket}${loc.endpoint ? ` at ${loc.endpoint}` : ` (region ${loc.region})`}`;
  const retryAfter = Number(e.$response?.headers?.['retry-after']);
  const after = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  const name = e.name ?? e.code ?? '';
  if (name === 'NoSuchBucket')
    return new CacheRequestError(
      `${action}: bucket ${JSON.stringify(loc.bucket)} does not exist ${where}; create it or fix the cache URL`,
      false,
    );
  if (
    ['InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AccessDenied', 'CredentialsProviderError', 'ExpiredToken'].includes(name) ||
    status === 403
  ) {
    return new CacheRequestError(
      `${action}: ${where} refused the credentials (${name || status}); check the access key, secret and their permissions`,
      false,
    );
  }
  const net = /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN|socket hang up/.exec(`${e.code ?? ''} ${e.message ?? ''} ${name}`);
  if (net) return new CacheRequestError(`${action}: cannot reach ${where} (${net[0]}); check the endpoint and the network`, true);
  if (status === 429 || status === 503 || (status !== undefined && status >= 500)) {
    return new CacheRequestError(`${action}: ${where} answered ${status} ${name}; will retry`, true, after);
  }
  return new CacheRequestError(`${action}: ${where}: ${name || 'error'}: ${(e.message ?? String(err)).split('\n')[0]}`, true, after);
}

function isNotFound(err: unknown): boolean {
  const e = err as AwsError;
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || (e?.$metadata?.httpStatusCode === 404 && e?.name !== 'NoSuchBucket');
}

export class S3Cache implements CacheBackend {
  readonly describe: string;
  private readonly client: S3Client;
  private readonly direct: DirectRequests;

  constructor(
    private readonly loc: S3Location,
    credentials?: S3Credentials,
  ) {
    this.describe = `s3://${loc.bucket}${loc.endpoint ? ` (${loc.endpoint})` : ''}`;
    const config: S3ClientConfig = {
      region: loc.region,
      forcePathStyle: loc.pathStyle,
      maxAttempts: 3,
      requestChecksumCalculation: loc.checksums === 'when-required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
      responseChecksumValidation: loc.checksums === 'when-required' ? 'WHEN_REQUIRED' : 'WHEN_SUPPORTED',
    };
    if (loc.endpoint) config.endpoint = loc.endpoint;
    if (credentials) config.credentials = credentials;
    else if (loc.profile) config.profile = loc.profile;
    this.client = new S3Client(config);
    this.direct = new DirectRequests(this.transport());
    this.learnRoutes();
  }

  /** The client's own handler, credentials and clock, and a SigV4 signer set as the S3 client sets its own. */
  private transport(): DirectTransport {
    const { config } = this.client;
    const signer = new SignatureV4({
      credentials: config.credentials,
      region: config.region,
      service: 's3',
      sha256: config.sha256,
      uriEscapePath: config.signingEscapePath, // false for S3: the path is signed as sent, not encoded twice
      applyChecksum: true, // the payload's hash goes into x-amz-content-sha256, which S3 requires
    });
    return {
      handle: (request) => config.requestHandler.handle(request as never) as never,
      sign: (request, signingRegion, signingService) => {
        // The SDK's clock correction too: after S3 said RequestTimeTooSkewed, it signs with this offset.
        const signingDate = new Date(Date.now() + (config.systemClockOffset ?? 0));
        return signer.sign(request as never, { signingDate, signingRegion, signingService }) as unknown as Promise<SignableRequest>;
      },
    };
  }

  /**
   * Watches the SDK's requests for an object until one reaches the bucket (it succeeds, or S3 says the key is
   * missing): that request's endpoint and signing region become the direct requests' route.
   */
  private learnRoutes(): void {
    this.client.middlewareStack.add(
      (next, context) => async (args) => {
        const key = (args.input as { Key?: unknown }).Key;
        if (this.direct.routed || typeof key !== 'string') return next(args);
        const learn = () => {
          const authSchemes = (context.endpointV2?.properties as { authSchemes?: readonly AuthScheme[] } | undefined)?.authSchemes;
          this.direct.learnRoute(routeOf(args.request as SignableRequest, key, authSchemes));
        };
        try {
          const out = await next(args);
          learn();
          return out;
        } catch (err) {
          if ((err as AwsError)?.name === 'NoSuchKey') learn();
          throw err;
        }
      },
      { step: 'build', name: 'ntcLearnDirectRoute' },
    );
  }

  /** How many requests went the direct way (s3-direct.ts): for tests. */
  get directRequests(): number {
    return this.direct.handled;
  }

  private async call<T>(action: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw describeS3Error(err, this.loc, action);
    }
  }

  async get(key: string): Promise<Buffer | undefined> {
    const direct = await this.direct.get(key);
    if (direct !== NOT_HANDLED) return direct;
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.loc.bucket, Key: key }));
      return Buffer.from(await out.Body!.transformToByteArray());
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw describeS3Error(err, this.loc, `reading ${key}`);
    }
  }

  async getStream(key: string): Promise<Readable | undefined> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.loc.bucket, Key: key }));
      return out.Body as Readable;
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw describeS3Error(err, this.loc, `reading ${key}`);
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.loc.bucket, Key: key }));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw describeS3Error(err, this.loc, `checking ${key}`);
    }
  }

  async put(key: string, body: string | Buffer, contentType: string): Promise<void> {
    if ((await this.direct.put(key, typeof body === 'string' ? Buffer.from(body) : body, contentType)) !== NOT_HANDLED) return;
    await this.call(`writing ${key}`, () =>
      this.client.send(new PutObjectCommand({ Bucket: this.loc.bucket, Key: key, Body: body, ContentType: contentType })),
    );
  }

  /** Streams through a multipart upload of our own (s3-multipart.ts): memory stays at a few parts. */
  async putStream(key: string, body: AsyncIterable<Uint8Array>, contentType: string): Promise<void> {
    const object = { Bucket: this.loc.bucket, Key: key };
    const requests: MultipartRequests = {
      putObject: async (data) => {
        if ((await this.direct.put(key, data, contentType)) !== NOT_HANDLED) return;
        await this.client.send(new PutObjectCommand({ ...object, Body: data, ContentType: contentType }));
      },
      create: async () => (await this.client.send(new CreateMultipartUploadCommand({ ...object, ContentType: contentType }))).UploadId!,
      uploadPart: async (UploadId, PartNumber, data) =>
        (await this.client.send(new UploadPartCommand({ ...object, UploadId, PartNumber, Body: data }))).ETag!,
      complete: async (UploadId, Parts) =>
        void (await this.client.send(new CompleteMultipartUploadCommand({ ...object, UploadId, MultipartUpload: { Parts } }))),
      abort: async (UploadId) => void (await this.client.send(new AbortMultipartUploadCommand({ ...object, UploadId }))),
    };
    let bodyFailed = false;
    async function* watched(): AsyncGenerator<Uint8Array> {
      try {
        yield* body;
      } catch (err) {
        bodyFailed = true;
        throw err;
      }
    }
    try {
      await uploadStreamed(watched(), requests, { partSize: PART_SIZE, partsInFlight: PARTS_IN_FLIGHT });
    } catch (err) {
      // An error of the source (e.g. a NAR hash mismatch) is the real cause: report it as it is.
      throw bodyFailed ? err : describeS3Error(err, this.loc, `uploading ${key}`);
    }
  }

  async delete(key: string): Promise<void> {
    await this.call(`deleting ${key}`, () => this.client.send(new DeleteObjectCommand({ Bucket: this.loc.bucket, Key: key })));
  }

  async *list(suffix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const out = await this.call('listing the bucket', () =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.loc.bucket, Delimiter: '/', ContinuationToken: token })),
      );
      for (const obj of out.Contents ?? []) if (obj.Key?.endsWith(suffix)) yield obj.Key;
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
  }
}
