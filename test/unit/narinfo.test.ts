import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePublicKey, parseSecretKey, signFingerprint, verifyFingerprint } from '../../src/core/keys.js';
import { fingerprint, parseNarInfo, renderNarInfo, type NarInfo } from '../../src/core/narinfo.js';

const vectors = JSON.parse(readFileSync(new URL('../fixtures/nix-binary-cache-vectors.json', import.meta.url), 'utf8')) as {
  keys: { secret: string; public: string }[];
  trusted_public_keys: string[];
  narinfo: { text: string; fingerprint?: string; valid_signers: string[] }[];
};

const trusted = vectors.trusted_public_keys.map(parsePublicKey);
const sigName = (sig: string) => sig.slice(0, sig.indexOf(':'));

describe('narinfo vectors', () => {
  it('has narinfo samples, one with a fingerprint', () => {
    expect(vectors.narinfo.length).toBeGreaterThanOrEqual(2);
    expect(vectors.narinfo.some((n) => n.fingerprint)).toBe(true);
  });

  vectors.narinfo.forEach((v, index) => {
    describe(`sample ${index}`, () => {
      const info = parseNarInfo(v.text);

      it('parses every field', () => {
        const field = (k: string) =>
          v.text
            .split('\n')
            .find((l) => l.startsWith(`${k}: `))!
            .slice(k.length + 2);
        expect(info.storePath).toBe(field('StorePath'));
        expect(info.url).toBe(field('URL'));
        expect(info.compression).toBe(field('Compression'));
        expect(info.fileHash).toBe(field('FileHash'));
        expect(info.fileSize).toBe(Number(field('FileSize')));
        expect(info.narHash).toBe(field('NarHash'));
        expect(info.narSize).toBe(Number(field('NarSize')));
        expect(info.references).toEqual(
          field('References')
            .split(' ')
            .map((r) => `/nix/store/${r}`),
        );
        expect(info.deriver).toBe(`/nix/store/${field('Deriver')}`);
        expect(info.sigs).toEqual(
          v.text
            .split('\n')
            .filter((l) => l.startsWith('Sig: '))
            .map((l) => l.slice(5)),
        );
        expect(info.sigs.length).toBeGreaterThanOrEqual(2);
      });

      if (v.fingerprint) {
        it('has the fingerprint Nix signs', () => {
          expect(fingerprint(info)).toBe(v.fingerprint);
        });
      }

      it('verifies the signature of each valid signer with its trusted key', () => {
        const fp = fingerprint(info);
        for (const signer of v.valid_signers) {
          const sig = info.sigs.find((s) => sigName(s) === signer);
          expect(sig, signer).toBeDefined();
          const key = trusted.filter((k) => k.name === signer);
          expect(key, signer).toHaveLength(1);
          expect(verifyFingerprint(key, fp, sig!)).toBe(true);
          expect(verifyFingerprint(trusted, fp, sig!)).toBe(true);
        }
      });

      it('does not verify signatures by keys nobody trusts', () => {
        const fp = fingerprint(info);
        for (const sig of info.sigs.filter((s) => !v.valid_signers.includes(sigName(s)))) {
          expect(verifyFingerprint(trusted, fp, sig)).toBe(false);
        }
      });

      it('no signature verifies a changed fingerprint', () => {
        const fp = fingerprint({ ...info, narSize: info.narSize + 1 });
        for (const sig of info.sigs) expect(verifyFingerprint(trusted, fp, sig)).toBe(false);
      });

      it('renders back to the exact text', () => {
        expect(renderNarInfo(info)).toBe(v.text);
      });

      it('survives render -> parse', () => {
        expect(parseNarInfo(renderNarInfo(info))).toEqual(info);
      });
    });
  });

  it('the untrusted hydra.other.net signature is present and not trusted', () => {
    const sample = vectors.narinfo.find((n) => n.text.includes('hydra.other.net-1:'))!;
    const info = parseNarInfo(sample.text);
    const sig = info.sigs.find((s) => sigName(s) === 'hydra.other.net-1')!;
    expect(sig).toBeDefined();
    expect(sample.valid_signers).not.toContain('hydra.other.net-1');
    expect(verifyFingerprint(trusted, fingerprint(info), sig)).toBe(false);
  });

  it('signing the fingerprint with test1 reproduces the test1 Sig of the rendered narinfo', () => {
    const sample = vectors.narinfo.find((n) => n.valid_signers.includes('test1'))!;
    const test1 = parseSecretKey(vectors.keys.find((k) => k.secret.startsWith('test1:'))!.secret);
    const info = parseNarInfo(sample.text);
    const expected = info.sigs.find((s) => sigName(s) === 'test1')!;
    const ours: NarInfo = { ...info, sigs: info.sigs.filter((s) => sigName(s) !== 'test1') };
    ours.sigs.push(signFingerprint(test1, fingerprint(ours)));
    const rendered = renderNarInfo(ours);
    expect(rendered).toContain(`Sig: ${expected}\n`);
    expect(rendered).toBe(sample.text);
  });
});

describe('fingerprint', () => {
  it('sorts references and uses full paths whatever form they come in', () => {
    const fp = fingerprint({
      storePath: '/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x',
      narHash: 'sha256:0lxjvvpr59c2mdram7ympy5ay741f180kv3349hvfc3f8nrmbqf6',
      narSize: 5,
      references: ['zzbgd045z0d4icpbc2yyz4gx48ak44la-b', '/nix/store/11bgd045z0d4icpbc2yyz4gx48ak44la-a'],
    });
    expect(fp).toBe(
      '1;/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x;sha256:0lxjvvpr59c2mdram7ympy5ay741f180kv3349hvfc3f8nrmbqf6;5;' +
        '/nix/store/11bgd045z0d4icpbc2yyz4gx48ak44la-a,/nix/store/zzbgd045z0d4icpbc2yyz4gx48ak44la-b',
    );
  });

  it('ends with an empty reference list', () => {
    expect(fingerprint({ storePath: '/nix/store/p', narHash: 'sha256:h', narSize: 0, references: [] })).toBe('1;/nix/store/p;sha256:h;0;');
  });
});

describe('renderNarInfo', () => {
  const minimal: NarInfo = {
    storePath: '/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x',
    url: 'nar/abc.nar',
    compression: 'none',
    narHash: 'sha256:0lxjvvpr59c2mdram7ympy5ay741f180kv3349hvfc3f8nrmbqf6',
    narSize: 128,
    references: [],
    sigs: [],
  };

  it('writes Compression always and References even when empty', () => {
    const text = renderNarInfo(minimal);
    expect(text).toBe(
      'StorePath: /nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x\nURL: nar/abc.nar\nCompression: none\n' +
        'NarHash: sha256:0lxjvvpr59c2mdram7ympy5ay741f180kv3349hvfc3f8nrmbqf6\nNarSize: 128\nReferences: \n',
    );
    expect(parseNarInfo(text)).toEqual(minimal);
  });

  it('writes base names for references and deriver, sorted, and the CA field', () => {
    const info: NarInfo = {
      ...minimal,
      fileHash: 'sha256:1094wph9z4nwlgvsd53abfz8i117ykiv5dwnq9nnhz846s7xqd7d',
      fileSize: 0,
      references: ['/nix/store/zzbgd045z0d4icpbc2yyz4gx48ak44la-b', '/nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x'],
      deriver: '/nix/store/10dx1q4ivjb115y3h90mipaaz533nr0d-x.drv',
      sigs: ['a:b', 'c:d'],
      ca: 'fixed:r:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s',
    };
    const text = renderNarInfo(info);
    expect(text).toContain('\nFileSize: 0\n');
    expect(text).toContain('\nReferences: 00bgd045z0d4icpbc2yyz4gx48ak44la-x zzbgd045z0d4icpbc2yyz4gx48ak44la-b\n');
    expect(text).toContain('\nDeriver: 10dx1q4ivjb115y3h90mipaaz533nr0d-x.drv\n');
    expect(text).toContain('\nSig: a:b\nSig: c:d\n');
    expect(text.endsWith(`CA: ${info.ca}\n`)).toBe(true);
    const back = parseNarInfo(text);
    expect(back).toEqual({ ...info, references: [...info.references].sort() });
  });
});

describe('parseNarInfo', () => {
  const base = 'StorePath: /nix/store/00bgd045z0d4icpbc2yyz4gx48ak44la-x\nURL: nar/a.nar\nNarHash: sha256:h\nNarSize: 3\n';

  it('defaults Compression to bzip2 as Nix does, and tolerates missing References', () => {
    const info = parseNarInfo(base);
    expect(info.compression).toBe('bzip2');
    expect(info.references).toEqual([]);
    expect(info.sigs).toEqual([]);
    expect(info.deriver).toBeUndefined();
    expect(info.fileHash).toBeUndefined();
    expect(info.fileSize).toBeUndefined();
  });

  it('ignores unknown keys and unknown-deriver', () => {
    const info = parseNarInfo(`${base}System: x86_64-linux\nDeriver: unknown-deriver\nReferences:\n`);
    expect(info.deriver).toBeUndefined();
    expect(info.references).toEqual([]);
  });

  it.each([['StorePath'], ['URL'], ['NarHash'], ['NarSize']])('requires %s', (k) => {
    const text = base
      .split('\n')
      .filter((l) => !l.startsWith(`${k}:`))
      .join('\n');
    expect(() => parseNarInfo(text)).toThrow(`narinfo lacks ${k}`);
  });

  it('requires numbers to be numbers', () => {
    expect(() => parseNarInfo(base.replace('NarSize: 3', 'NarSize: 3x'))).toThrow(/NarSize is not a number/);
    expect(() => parseNarInfo(base.replace('NarSize: 3', 'NarSize: -3'))).toThrow(/NarSize is not a number/);
    expect(() => parseNarInfo(`${base}FileSize: big\n`)).toThrow(/FileSize is not a number/);
  });

  it('rejects an empty StorePath', () => {
    expect(() => parseNarInfo(base.replace(/StorePath: .*/, 'StorePath: '))).toThrow(/lacks StorePath/);
  });
});
