import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  DirectRequests,
  NOT_HANDLED,
  REFUSALS_TO_GIVE_UP,
  encodeKey,
  routeOf,
  type DirectTransport,
  type HandlerResponse,
  type Route,
  type SignableRequest,
} from '../../src/cache/s3-direct.js';

const SIGV4 = [{ name: 'sigv4', signingName: 's3', signingRegion: 'eu-west-1' }];
const ROUTE: Route = { protocol: 'http:', hostname: '127.0.0.1', port: 9000, prefix: '/cache/', region: 'eu-west-1', service: 's3' };

function request(over: Partial<SignableRequest>): SignableRequest {
  return { method: 'GET', protocol: 'https:', hostname: 'h', path: '/', query: {}, headers: {}, ...over };
}

/** A transport that records what it was asked to send and answers from a script. */
function fakeTransport(answer: (r: SignableRequest) => HandlerResponse | Error) {
  const sent: SignableRequest[] = [];
  const transport: DirectTransport = {
    sign: async (r, region, service) => ({ ...r, headers: { ...r.headers, authorization: `signed for ${region}/${service}` } }),
    handle: async (r) => {
      sent.push(r);
      const a = answer(r);
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return { transport, sent };
}

function reply(statusCode: number, body = ''): HandlerResponse {
  return { response: { statusCode, headers: {}, body: Readable.from([Buffer.from(body)]) } };
}

const noSuchKey = '<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>gone</Message></Error>';
const noSuchBucket = '<?xml version="1.0"?><Error><Code>NoSuchBucket</Code><Message>no</Message></Error>';

describe('routeOf', () => {
  it('learns a path-style route: endpoint, port, bucket prefix and signing region', () => {
    const r = routeOf(
      request({ protocol: 'http:', hostname: '127.0.0.1', port: 9000, path: '/cache/nar/abc.nar.zst' }),
      'nar/abc.nar.zst',
      SIGV4,
    );
    expect(r).toEqual(ROUTE);
  });

  it('learns a virtual-host route (no port: the scheme default)', () => {
    const r = routeOf(request({ hostname: 'cache.s3.eu-west-1.amazonaws.com', path: '/abc.narinfo' }), 'abc.narinfo', SIGV4);
    expect(r).toEqual({
      protocol: 'https:',
      hostname: 'cache.s3.eu-west-1.amazonaws.com',
      prefix: '/',
      region: 'eu-west-1',
      service: 's3',
    });
  });

  it('follows no scheme but plain SigV4 (SigV4a, S3 Express), and no endpoint without one', () => {
    const req = request({ path: '/k' });
    expect(routeOf(req, 'k', [{ name: 'sigv4a', signingName: 's3', signingRegion: '*' }])).toBeUndefined();
    expect(routeOf(req, 'k', [{ name: 'sigv4-s3express', signingName: 's3express', signingRegion: 'us-east-1' }])).toBeUndefined();
    expect(routeOf(req, 'k', undefined)).toBeUndefined();
    expect(routeOf(req, 'k', [{ name: 'sigv4' }])).toBeUndefined();
  });

  it('follows no endpoint with credentials or a fragment in its URL: this path would not send them', () => {
    const req = request({ path: '/cache/k' });
    expect(routeOf({ ...req, username: 'u', password: 'p' }, 'k', SIGV4)).toBeUndefined();
    expect(routeOf({ ...req, fragment: 'f' }, 'k', SIGV4)).toBeUndefined();
  });

  it('follows no path that does not end with the key as the SDK encoded it', () => {
    expect(routeOf(request({ path: '/cache/other' }), 'k', SIGV4)).toBeUndefined();
    expect(routeOf(request({ path: '/cache/a b' }), 'a b', SIGV4)).toBeUndefined(); // the SDK sends a%20b
    expect(routeOf(request({ path: '/cache/a%20b' }), 'a b', SIGV4)?.prefix).toBe('/cache/');
  });
});

describe('encodeKey', () => {
  it('encodes each segment as the SDK does and keeps the slashes', () => {
    expect(encodeKey('nar/1abc.nar.zst')).toBe('nar/1abc.nar.zst');
    expect(encodeKey("a b+c/(x)!*'")).toBe('a%20b%2Bc/%28x%29%21%2A%27');
  });
});

describe('DirectRequests', () => {
  it('sends nothing before a route is known: the SDK answers', async () => {
    const { transport, sent } = fakeTransport(() => reply(200));
    const direct = new DirectRequests(transport);
    expect(await direct.get('a.narinfo')).toBe(NOT_HANDLED);
    expect(await direct.put('a.narinfo', Buffer.from('x'), 'text/x-nix-narinfo')).toBe(NOT_HANDLED);
    expect(sent).toHaveLength(0);
    expect(direct.handled).toBe(0);
  });

  it('keeps the first route it is shown', async () => {
    const { transport, sent } = fakeTransport(() => reply(200, 'x'));
    const direct = new DirectRequests(transport);
    direct.learnRoute(undefined);
    expect(direct.routed).toBe(false);
    direct.learnRoute(ROUTE);
    direct.learnRoute({ ...ROUTE, hostname: 'elsewhere' });
    await direct.get('a.narinfo');
    expect(sent[0]!.hostname).toBe('127.0.0.1');
  });

  it('PUTs a signed request to the route, with the host the SDK would send', async () => {
    const { transport, sent } = fakeTransport(() => reply(200));
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect(await direct.put('nar/a b.nar', Buffer.from('hello'), 'application/x-nix-nar')).toBe(true);
    expect(sent).toEqual([
      {
        method: 'PUT',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: 9000,
        path: '/cache/nar/a%20b.nar',
        query: {},
        headers: {
          host: '127.0.0.1:9000',
          'content-type': 'application/x-nix-nar',
          'content-length': '5',
          authorization: 'signed for eu-west-1/s3',
        },
        body: Buffer.from('hello'),
      },
    ]);
    expect(direct.handled).toBe(1);
  });

  it('names the port in the host header whenever the endpoint names one, as the SDK does', async () => {
    const { transport, sent } = fakeTransport(() => reply(200));
    const direct = new DirectRequests(transport);
    direct.learnRoute({ ...ROUTE, protocol: 'https:', port: 8443 });
    await direct.put('k', Buffer.from(''), 't');
    const virtualHost = new DirectRequests(transport);
    const { port: _none, ...portless } = ROUTE;
    virtualHost.learnRoute({ ...portless, protocol: 'https:', hostname: 'cache.s3.amazonaws.com' });
    await virtualHost.put('k', Buffer.from(''), 't');
    expect(sent.map((r) => r.headers.host)).toEqual(['127.0.0.1:8443', 'cache.s3.amazonaws.com']);
  });

  it('GET answers the bytes, and undefined only for S3 saying NoSuchKey', async () => {
    const answers: Record<string, HandlerResponse> = {
      '/cache/here': reply(200, 'narinfo text'),
      '/cache/gone': reply(404, noSuchKey),
    };
    const { transport } = fakeTransport((r) => answers[r.path]!);
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect((await direct.get('here'))?.toString()).toBe('narinfo text');
    expect(await direct.get('gone')).toBeUndefined();
    expect(direct.handled).toBe(2);
  });

  it.each([
    ['a missing bucket (also a 404)', reply(404, noSuchBucket)],
    ['a 404 with no body', reply(404)],
    ['refused credentials', reply(403, '<Error><Code>AccessDenied</Code></Error>')],
    ['a redirect to another region', reply(301, '<Error><Code>PermanentRedirect</Code></Error>')],
    ['a server error', reply(503, '<Error><Code>SlowDown</Code></Error>')],
    ['a network error', new Error('connect ECONNREFUSED')],
  ])('hands %s back to the SDK, for GET and PUT alike', async (_what, answer) => {
    const { transport } = fakeTransport(() => answer);
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect(await direct.get('k')).toBe(NOT_HANDLED);
    expect(await direct.put('k', Buffer.from('x'), 't')).toBe(NOT_HANDLED);
    expect(direct.handled).toBe(0);
  });

  it('takes a 200 whose body is an S3 error for the error it is (the SDK retries it)', async () => {
    const { transport } = fakeTransport(() => reply(200, '<?xml version="1.0"?><Error><Code>InternalError</Code></Error>'));
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect(await direct.put('k', Buffer.from('x'), 't')).toBe(NOT_HANDLED);
    expect(direct.handled).toBe(0);
  });

  it(`leaves a bucket to the SDK for good after ${REFUSALS_TO_GIVE_UP} refusals in a row`, async () => {
    const { transport, sent } = fakeTransport(() => reply(400, '<Error><Code>InvalidRequest</Code></Error>'));
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    for (let i = 0; i < REFUSALS_TO_GIVE_UP + 2; i++) expect(await direct.put(`k${i}`, Buffer.from('x'), 't')).toBe(NOT_HANDLED);
    expect(sent).toHaveLength(REFUSALS_TO_GIVE_UP);
    direct.learnRoute(ROUTE); // the SDK's next success shows the route again: still not taken
    expect(direct.routed).toBe(false);
  });

  it('keeps going direct through server errors, network failures and refusals between successes', async () => {
    const script = [reply(503), new Error('ECONNRESET'), reply(500), reply(403), reply(200), reply(403), reply(403), reply(200)];
    const { transport, sent } = fakeTransport(() => script.shift() ?? reply(200));
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    for (let i = 0; i < 9; i++) await direct.put(`k${i}`, Buffer.from('x'), 't');
    expect(sent).toHaveLength(9);
    expect(direct.routed).toBe(true);
    expect(direct.handled).toBe(3);
  });

  it('hands a failed signature (no credentials to be had) back to the SDK', async () => {
    const { transport, sent } = fakeTransport(() => reply(200));
    transport.sign = async () => {
      throw new Error('Could not load credentials from any providers');
    };
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect(await direct.put('k', Buffer.from('x'), 't')).toBe(NOT_HANDLED);
    expect(sent).toHaveLength(0);
  });

  it('hands a body that breaks off mid-way back to the SDK', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('socket hang up'));
      },
    });
    const { transport } = fakeTransport(() => ({ response: { statusCode: 200, headers: {}, body: broken } }));
    const direct = new DirectRequests(transport);
    direct.learnRoute(ROUTE);
    expect(await direct.get('k')).toBe(NOT_HANDLED);
  });
});
