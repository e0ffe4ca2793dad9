import { describe, expect, it } from 'vitest';
import { parsePathInfoJson, PathGoneError } from '../../src/nix/path-info.js';

// `nix path-info --json` as printed by Nix 2.8.0 (SRI hashes).
const NIX_2_8 =
  '[{"path":"/nix/store/adkmfi3dnq9d8zlca11ix0wvjjpawips-hello-1","narHash":"sha256-XRRuybKU3xgT+IuQyMa2eqplGmZGmK72iFA02zLJRIM=",' +
  '"narSize":120,"references":[],"deriver":"/nix/store/d3636k2w7dqncs8h939hhx6l1p7i9yaq-hello-1.drv","registrationTime":1795303956,"ultimate":true}]';

describe('parsePathInfoJson', () => {
  it('reads Nix 2.8 output and normalizes the SRI hash to nix32', () => {
    expect(parsePathInfoJson(NIX_2_8)).toEqual([
      {
        path: '/nix/store/adkmfi3dnq9d8zlca11ix0wvjjpawips-hello-1',
        narHash: 'sha256:10s4r4rdnd2hi3vax626cqd6baksnv3ci44bz09iipwlnb4nw52x',
        narSize: 120,
        references: [],
        deriver: '/nix/store/d3636k2w7dqncs8h939hhx6l1p7i9yaq-hello-1.drv',
      },
    ]);
  });

  it('reports invalid paths', () => {
    expect(parsePathInfoJson('[{"path":"/nix/store/adkmfi3dnq9d8zlca11ix0wvjjpawips-gone","valid":false}]')).toEqual([
      { path: '/nix/store/adkmfi3dnq9d8zlca11ix0wvjjpawips-gone', valid: false },
    ]);
  });

  it('reads older nix32 hashes, sorts references, keeps CA, handles mixed lists', () => {
    const json = JSON.stringify([
      {
        path: '/nix/store/syd87l2rxw8cbsxmxl853h0r6pdwhwjr-curl-7.82.0-bin',
        narHash: 'sha256:1b4sb93wp679q4zx9k1ignby1yna3z7c4c2ri3wphylbc2dwsys0',
        narSize: 196040,
        references: [
          '/nix/store/yxvjs9drzsphm9pcf42a4byzj1kb9m7k-openssl-1.1.1n',
          '/nix/store/0jqd0rlxzra1rs38rdxl43yh6rxchgc6-curl-7.82.0',
          '/nix/store/6w8g7njm4mck5dmjxws0z1xnrxvl81xa-glibc-2.34-115',
        ],
        ca: 'fixed:r:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s',
      },
      { path: '/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x', valid: false },
    ]);
    const [a, b] = parsePathInfoJson(json);
    expect(a).toEqual({
      path: '/nix/store/syd87l2rxw8cbsxmxl853h0r6pdwhwjr-curl-7.82.0-bin',
      narHash: 'sha256:1b4sb93wp679q4zx9k1ignby1yna3z7c4c2ri3wphylbc2dwsys0',
      narSize: 196040,
      references: [
        '/nix/store/0jqd0rlxzra1rs38rdxl43yh6rxchgc6-curl-7.82.0',
        '/nix/store/6w8g7njm4mck5dmjxws0z1xnrxvl81xa-glibc-2.34-115',
        '/nix/store/yxvjs9drzsphm9pcf42a4byzj1kb9m7k-openssl-1.1.1n',
      ],
      ca: 'fixed:r:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s',
    });
    expect(a).not.toHaveProperty('deriver');
    expect(b).toEqual({ path: '/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x', valid: false });
  });

  it('reads base-16 hashes', () => {
    const [info] = parsePathInfoJson(
      JSON.stringify([{ path: '/nix/store/p', narHash: `sha256:${'ab'.repeat(32)}`, narSize: 1, references: [] }]),
    );
    expect(info).toMatchObject({ narHash: expect.stringMatching(/^sha256:[0-9a-df-np-sv-z]{52}$/) });
  });

  it('throws on a hash it does not understand', () => {
    expect(() => parsePathInfoJson('[{"path":"/nix/store/p","narHash":"md5:abc","narSize":1}]')).toThrow(/not a sha256 hash/);
  });

  it('throws on output that is not JSON', () => {
    expect(() => parsePathInfoJson('error: something')).toThrow();
  });
});

describe('PathGoneError', () => {
  it('names the path', () => {
    const e = new PathGoneError('/nix/store/abc-x');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('PathGoneError');
    expect(e.storePath).toBe('/nix/store/abc-x');
    expect(e.message).toMatch(/^\/nix\/store\/abc-x is not in the Nix store/);
  });
});
