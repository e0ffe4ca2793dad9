/**
 * The two requests a push makes by the hundred, a narinfo's GET and a small object's PUT, sent through the
 * S3 client's own HTTP handler and a SigV4 signer, past the thirty-odd middlewares of an SDK command
 * (serialisation, endpoint rules, user agent, checksums, retries, deserialisation). That pipeline costs
 * some 0.4 ms of CPU per request, more than the request itself: on the runner's cores, beside its builds.
 *
 * Only the plain case is taken here. The route (where the bucket's objects live and how to sign for them)
 * is the one the SDK resolved itself, learnt from its first request that reached this bucket (`learnRoute`).
 * Any answer but success, or a plain missing key for a GET, is NOT_HANDLED, and so is a request before a
 * route is known: the caller sends the same request through the SDK, which owns retries and their backoff,
 * clock-skew correction, error classification and messages. What this path never does is decide that a
 * request failed. A bucket that refuses what this path sends (one that wants a checksum header on every
 * PUT, say) is left to the SDK for good after a few refusals in a row, so no request goes out twice for long.
 *
 * What it leaves out of the SDK's request: the user agent, and the SDK's CRC checksums (when the cache URL
 * asks for them, `checksums=when-supported`). The payload's SHA-256 is signed, and S3 checks it on a PUT;
 * a GET is as safe as its transport (TLS), and what it reads, a narinfo, is signed content.
 */
import type { Readable } from 'node:stream';

export const NOT_HANDLED = Symbol('not handled');
export type NotHandled = typeof NOT_HANDLED;

/** The SDK's request shape (@smithy/protocol-http HttpRequest), as far as signer and handler use it. */
export interface SignableRequest {
  method: string;
  protocol: string;
  hostname: string;
  port?: number;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  body?: Buffer;
  username?: string;
  password?: string;
  fragment?: string;
}

/** What the client's request handler (NodeHttpHandler) answers. */
export interface HandlerResponse {
  response: { statusCode: number; headers: Record<string, string | undefined>; body?: unknown };
}

export interface DirectTransport {
  /** Sends a signed request (the S3 client's `config.requestHandler.handle`). */
  handle(request: SignableRequest): Promise<HandlerResponse>;
  /** Signs for this region and service (SigV4 with the client's credentials and clock). */
  sign(request: SignableRequest, region: string, service: string): Promise<SignableRequest>;
}

/** Where the bucket's objects are and how to sign for them: learnt, never guessed. */
export interface Route {
  protocol: string;
  hostname: string;
  port?: number;
  /** The request path up to the key, e.g. `/bucket/` (path style) or `/` (virtual host). */
  prefix: string;
  region: string;
  service: string;
}

/** The key as the SDK puts it into a path: each segment URI-encoded, slashes kept. */
export function encodeKey(key: string): string {
  return key
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

export interface AuthScheme {
  name?: string;
  signingName?: string;
  signingRegion?: string;
}

/**
 * The route the SDK took for `key`, from its serialised request and the endpoint's auth schemes; undefined
 * when it is not one this path can follow (another signing scheme than plain SigV4, such as SigV4a for
 * multi-region access points or S3 Express sessions; a path that does not end with the key; credentials or a
 * fragment in the endpoint URL, which this path would not send).
 */
export function routeOf(request: SignableRequest, key: string, authSchemes: readonly AuthScheme[] | undefined): Route | undefined {
  const scheme = authSchemes?.[0];
  if (!scheme || scheme.name !== 'sigv4' || !scheme.signingRegion) return undefined;
  if (request.username || request.password || request.fragment) return undefined;
  const encoded = encodeKey(key);
  if (!request.path.endsWith(`/${encoded}`)) return undefined;
  const route: Route = {
    protocol: request.protocol,
    hostname: request.hostname,
    prefix: request.path.slice(0, request.path.length - encoded.length),
    region: scheme.signingRegion,
    service: scheme.signingName ?? 's3',
  };
  if (request.port !== undefined) route.port = request.port;
  return route;
}

/** The `Host` header the SDK sends: the port whenever the endpoint names one (a URL never names its default). */
function hostHeader(route: Route): string {
  return route.port === undefined ? route.hostname : `${route.hostname}:${route.port}`;
}

async function readAll(body: unknown): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for await (const piece of body as Readable) parts.push(piece as Buffer);
  return Buffer.concat(parts);
}

/** Refusals in a row (an answer, not a network failure) after which a bucket is left to the SDK for good. */
export const REFUSALS_TO_GIVE_UP = 3;

export class DirectRequests {
  private route: Route | undefined;
  private refusals = 0;
  private gaveUp = false;
  private answered = 0;

  constructor(private readonly transport: DirectTransport) {}

  get routed(): boolean {
    return this.route !== undefined;
  }

  /** Requests answered here (for tests: that the direct path is taken at all). */
  get handled(): number {
    return this.answered;
  }

  /** Keeps the first route the SDK showed (see routeOf); later ones are the same bucket's. */
  learnRoute(route: Route | undefined): void {
    if (!this.gaveUp) this.route ??= route;
  }

  /** The object's bytes, undefined when the key is missing, NOT_HANDLED for anything else. */
  async get(key: string): Promise<Buffer | undefined | NotHandled> {
    const answer = await this.send('GET', key, {});
    if (answer === NOT_HANDLED) return NOT_HANDLED;
    const { statusCode, body } = answer.response;
    const text = await readAll(body).catch(() => undefined); // cut short: the SDK reads it again
    if (text === undefined) return NOT_HANDLED;
    if (statusCode === 200) return this.settled(text);
    // A 404 is also what a missing bucket answers: only S3's own word for a missing key is taken as one.
    if (statusCode === 404 && text.includes('<Code>NoSuchKey</Code>')) return this.settled(undefined);
    return this.refused(statusCode);
  }

  /** True when S3 stored the object; NOT_HANDLED when the SDK must try (and report) it. */
  async put(key: string, body: Buffer, contentType: string): Promise<true | NotHandled> {
    const headers = { 'content-type': contentType, 'content-length': String(body.length) };
    const answer = await this.send('PUT', key, headers, body);
    if (answer === NOT_HANDLED) return NOT_HANDLED;
    const { statusCode } = answer.response;
    const text = await readAll(answer.response.body).catch(() => undefined);
    // S3 may answer 200 and still report an error in the body (the SDK turns that into a retried 503).
    if (text === undefined || statusCode < 200 || statusCode >= 300 || text.includes('<Error>')) return this.refused(statusCode);
    return this.settled(true);
  }

  private settled<T>(value: T): T {
    this.refusals = 0;
    this.answered++;
    return value;
  }

  /** An answer the SDK must handle. Refusals in a row (3xx, 4xx) mean this bucket wants what we do not send. */
  private refused(statusCode: number): NotHandled {
    if (statusCode >= 300 && statusCode < 500 && ++this.refusals >= REFUSALS_TO_GIVE_UP) {
      this.gaveUp = true;
      this.route = undefined;
    }
    return NOT_HANDLED;
  }

  private async send(method: string, key: string, headers: Record<string, string>, body?: Buffer): Promise<HandlerResponse | NotHandled> {
    const route = this.route;
    if (!route) return NOT_HANDLED;
    try {
      const request: SignableRequest = {
        method,
        protocol: route.protocol,
        hostname: route.hostname,
        path: route.prefix + encodeKey(key),
        query: {},
        headers: { host: hostHeader(route), ...headers },
      };
      if (route.port !== undefined) request.port = route.port;
      if (body) request.body = body;
      return await this.transport.handle(await this.transport.sign(request, route.region, route.service));
    } catch {
      return NOT_HANDLED; // a network error, credentials that cannot be had, a key that cannot be encoded: the SDK says which
    }
  }
}
