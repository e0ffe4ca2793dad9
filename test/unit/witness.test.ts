import { describe, expect, it } from 'vitest';
import { formatPublicKey, generateSecretKey, publicKeyOf, signFingerprint } from '../../src/core/keys.js';
import { fingerprint, renderNarInfo, type NarInfo } from '../../src/core/narinfo.js';
import type { PathInfo } from '../../src/nix/store.js';
import { consultWitnesses, parseWitness, type NarInfoFetcher, type Witness } from '../../src/worker/witness.js';

const PATH = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x';
const H1 = 'sha256:1jyz6snd63xjn6skk7za6psgidsd53k05cr3lksqybi0q6936syq';
const H2 = 'sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mk';
const info: PathInfo = { path: PATH, narHash: H1, narSize: 120, references: [] };
const wk = generateSecretKey('witness-1');
const other = generateSecretKey('stranger-1');
const witness = (url: string): Witness => ({ url, key: publicKeyOf(wk) });

function narinfo(narHash: string, key = wk): string {
  const n: NarInfo = { storePath: PATH, url: 'nar/x.nar', compression: 'none', narHash, narSize: 120, references: [], sigs: [] };
  n.sigs.push(signFingerprint(key, fingerprint(n)));
  return renderNarInfo(n);
}
const answers =
  (byUrl: Record<string, string | undefined | Error | 'hang'>): NarInfoFetcher =>
  async (w) => {
    const a = byUrl[w.url];
    if (a === 'hang') return new Promise(() => {});
    if (a instanceof Error) throw a;
    return a;
  };

describe('consultWitnesses', () => {
  it('the same NAR hash, signed by the witness: reproduced', async () => {
    expect(await consultWitnesses(info, [witness('a')], answers({ a: narinfo(H1) }))).toEqual({ outcome: 'reproduced', by: 'a' });
  });

  it('another NAR hash: diverged, with theirs; a divergence outweighs a reproduction', async () => {
    const v = await consultWitnesses(info, [witness('a'), witness('b')], answers({ a: narinfo(H1), b: narinfo(H2) }));
    expect(v).toEqual({ outcome: 'diverged', by: 'b', theirs: { narHash: H2, narSize: 120 }, ours: { narHash: H1, narSize: 120 } });
  });

  it('says nothing when unsigned by the witness key, missing, failing or too slow, and says why', async () => {
    const v = await consultWitnesses(
      info,
      [witness('a'), witness('b'), witness('c'), witness('d')],
      answers({ a: narinfo(H2, other), b: undefined, c: new Error('ECONNREFUSED'), d: 'hang' }),
      50,
    );
    expect(v.outcome).toBe('unwitnessed');
    const why = (v as { why: string }).why;
    expect(why).toMatch(/a: its narinfo is not signed by witness-1/);
    expect(why).toMatch(/b does not have it/);
    expect(why).toMatch(/c: ECONNREFUSED/);
    expect(why).toMatch(/d: no answer within 0.05 s/);
  });

  it('without witnesses: unwitnessed', async () => {
    expect(await consultWitnesses(info, [], answers({}))).toMatchObject({ outcome: 'unwitnessed' });
  });
});

describe('parseWitness', () => {
  it('reads URL KEY, and refuses what is not', () => {
    const w = parseWitness(`  https://cache.example.org/  ${formatPublicKey(publicKeyOf(wk))} `);
    expect(w.url).toBe('https://cache.example.org');
    expect(w.key.name).toBe('witness-1');
    expect(() => parseWitness('https://cache.example.org')).toThrow(/expected "URL PUBLIC-KEY"/);
    expect(() => parseWitness(`s3://bucket ${formatPublicKey(publicKeyOf(wk))}`)).toThrow(/only http/);
  });
});
