import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseInputs } from '../../src/action/inputs.js';
import { UserError } from '../../src/core/errors.js';
import { formatPublicKey, formatSecretKey, generateSecretKey, publicKeyOf } from '../../src/core/keys.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SK = generateSecretKey('unit-1');
const SECRET = formatSecretKey(SK);
const PUBLIC = formatPublicKey(publicKeyOf(SK));

const parse = (inputs: Record<string, string>) => parseInputs((name) => inputs[name] ?? '');

/** The error parseInputs throws for `inputs` (a UserError, exit code 2: the inputs were wrong). */
function refused(inputs: Record<string, string>): UserError {
  try {
    parse(inputs);
  } catch (err) {
    expect(err).toBeInstanceOf(UserError);
    return err as UserError;
  }
  throw new Error(`expected ${JSON.stringify(inputs)} to be refused`);
}

describe('parseInputs', () => {
  it('gives the documented defaults for empty inputs', () => {
    expect(parse({})).toEqual({
      install: 'auto',
      nixInstallerUrl: '',
      nixInstallerSha256: '',
      extraSubstituters: [],
      extraTrustedPublicKeys: [],
      previousPublicKeys: [],
      extraConf: '',
      compression: 'zstd',
      uploadConcurrency: 4,
      drainTimeoutSeconds: 300,
      onUploadError: 'warn',
      deprovision: 'false',
      trust: 'warn',
      summary: true,
      fixedOutput: 'withhold',
      witnessCaches: [],
      onDivergence: 'warn',
    });
  });

  it('fixed-output: a policy of the three, and separate-key only with a key of its own', () => {
    expect(parse({ 'fixed-output': 'sign' }).fixedOutput).toBe('sign');
    expect(() => parse({ 'fixed-output': 'trust-me' })).toThrow(
      /input fixed-output: "trust-me" is not one of withhold, separate-key, sign/,
    );
    expect(() => parse({ 'fixed-output': 'separate-key' })).toThrow(/needs input fixed-output-signing-key/);
    const i = parse({ 'fixed-output': 'separate-key', 'fixed-output-signing-key': SECRET });
    expect(i.fixedOutputSigningKey).toBeDefined();
  });

  it('witness-caches: one URL KEY per line; on-divergence warn or withhold', () => {
    const key = 'cache.nixos.org-1:6NCHdD59X431o0gWypbMrAURkbJ16ZPMQFGspcDShjY=';
    const i = parse({ 'witness-caches': `https://cache.nixos.org ${key}\n\n  file:///srv/other ${key}  \n`, 'on-divergence': 'withhold' });
    expect(i.witnessCaches).toEqual([`https://cache.nixos.org ${key}`, `file:///srv/other ${key}`]);
    expect(i.onDivergence).toBe('withhold');
    expect(() => parse({ 'witness-caches': 'https://cache.nixos.org' })).toThrow(/input witness-caches: .*expected "URL PUBLIC-KEY"/);
    expect(() => parse({ 'on-divergence': 'ignore' })).toThrow(/input on-divergence/);
  });

  it('reads every input', () => {
    const i = parse({
      cache: 's3://bucket?region=eu-west-1',
      substituter: 'https://cache.example.org',
      'signing-key': `  ${SECRET}\n`,
      'aws-access-key-id': 'AKID',
      'aws-secret-access-key': 'SECRET',
      'aws-session-token': 'TOKEN',
      install: 'official',
      'nix-installer-url': 'https://example.org/nix.tar.xz',
      'nix-installer-sha256': 'AB'.repeat(32),
      'extra-substituters': 'https://a.example  https://b.example\nhttps://c.example',
      'extra-trusted-public-keys': 'a-1:AAAA\nb-1:BBBB',
      'extra-conf': 'max-jobs = 4\ncores = 2',
      compression: 'xz',
      'upload-concurrency': '64',
      'drain-timeout': '0.5',
      'on-upload-error': 'fail',
      trust: 'strict',
      summary: 'false',
    });
    expect(i.cache).toBe('s3://bucket?region=eu-west-1');
    expect(i.substituter).toBe('https://cache.example.org');
    expect(formatSecretKey(i.signingKey!)).toBe(SECRET);
    expect(i.credentials).toEqual({ accessKeyId: 'AKID', secretAccessKey: 'SECRET', sessionToken: 'TOKEN' });
    expect(i.install).toBe('official');
    expect(i.nixInstallerSha256).toBe('ab'.repeat(32));
    expect(i.extraSubstituters).toEqual(['https://a.example', 'https://b.example', 'https://c.example']);
    expect(i.extraTrustedPublicKeys).toEqual(['a-1:AAAA', 'b-1:BBBB']);
    expect(i.extraConf).toBe('max-jobs = 4\ncores = 2');
    expect(i.compression).toBe('xz');
    expect(i.uploadConcurrency).toBe(64);
    expect(i.drainTimeoutSeconds).toBe(0.5);
    expect(i.onUploadError).toBe('fail');
    expect(i.trust).toBe('strict');
    expect(i.summary).toBe(false);
  });

  it('accepts file:// caches and no credentials', () => {
    const i = parse({ cache: 'file:///var/cache/nix', 'signing-key': SECRET });
    expect(i.cache).toBe('file:///var/cache/nix');
    expect(i).not.toHaveProperty('credentials');
    expect(i).not.toHaveProperty('substituter');
  });

  it('refuses a cache that is neither s3:// nor file://', () => {
    for (const cache of ['https://example.org/cache', 'gs://bucket', '/var/cache/nix', 'file://relative/dir']) {
      const e = refused({ cache });
      expect(e.exitCode).toBe(2);
      expect(e.message).toMatch(/cache URL/);
    }
  });

  it('refuses a malformed signing key without echoing it', () => {
    const body = SECRET.slice(SECRET.indexOf(':') + 1);
    for (const key of [`unit-1:${body.slice(0, -4)}`, `unit-1:${body}!`, body, `unit-1:${'A'.repeat(40)}==`]) {
      const e = refused({ cache: 's3://bucket', 'signing-key': key });
      expect(e.message).toMatch(/signing key/);
      expect(e.message).not.toContain(body.slice(0, 16));
      expect(e.message).not.toContain('A'.repeat(16));
    }
    expect(refused({ cache: 's3://bucket', 'signing-key': PUBLIC }).message).toMatch(/that is a public key/);
  });

  it('needs cache with signing-key', () => {
    expect(refused({ 'signing-key': SECRET }).message).toMatch(/signing-key needs input cache/);
  });

  it('takes the access key id and secret together or not at all', () => {
    expect(refused({ 'aws-access-key-id': 'AKID' }).message).toMatch(/go together/);
    expect(refused({ 'aws-secret-access-key': 'S' }).message).toMatch(/go together/);
    expect(parse({ 'aws-session-token': 'T' })).not.toHaveProperty('credentials');
  });

  it('refuses unknown install, compression, on-upload-error, trust and summary values', () => {
    expect(refused({ install: 'sometimes' }).message).toMatch(/unknown install mode "sometimes"/);
    expect(refused({ compression: 'lz4' }).message).toMatch(/unknown compression "lz4"/);
    expect(refused({ 'on-upload-error': 'ignore' }).message).toMatch(/on-upload-error: "ignore" is not one of warn, fail/);
    expect(refused({ trust: 'paranoid' }).message).toMatch(/trust: "paranoid" is not one of strict, warn, off/);
    expect(refused({ summary: 'yes' }).message).toMatch(/summary: "yes" is not one of true, false/);
    expect(refused({ trust: 'Strict' }).exitCode).toBe(2);
  });

  it('bounds upload-concurrency to whole numbers from 1 to 64', () => {
    for (const ok of ['1', '8', '64']) expect(parse({ 'upload-concurrency': ok }).uploadConcurrency).toBe(Number(ok));
    for (const bad of ['0', '65', '-1', '2.5', 'four', '1e2'])
      expect(refused({ 'upload-concurrency': bad }).message).toMatch(/upload-concurrency/);
  });

  it('takes a non-negative drain-timeout in seconds', () => {
    expect(parse({ 'drain-timeout': '0' }).drainTimeoutSeconds).toBe(0);
    expect(parse({ 'drain-timeout': ' 60 ' }).drainTimeoutSeconds).toBe(60);
    for (const bad of ['-5', '-0.1', 'soon', '1e3', '5s', '.5']) {
      const e = refused({ 'drain-timeout': bad });
      expect(e.message).toBe(`input drain-timeout: ${JSON.stringify(bad.trim())} is not a non-negative number of seconds`);
    }
  });

  it('error messages are one line', () => {
    for (const inputs of [{ install: 'x\ny' }, { compression: 'a\nb' }, { cache: 'x\ny' }] as Array<Record<string, string>>) {
      expect(refused(inputs).message).not.toMatch(/\n.*\n/);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// action.yml must declare exactly what the code reads and sets (no YAML dependency: a small indentation parse).

interface Declared {
  name: string;
  fields: Record<string, string>;
}

/** The entries of a top-level block (`inputs:` / `outputs:`) of action.yml, with their scalar fields. */
function yamlBlock(text: string, block: string): Declared[] {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l === `${block}:`);
  if (start < 0) throw new Error(`action.yml has no ${block}: block`);
  const out: Declared[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // next top-level key
    const entry = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (entry) {
      out.push({ name: entry[1]!, fields: {} });
      continue;
    }
    const field = /^ {4}([a-z-]+):\s*(.*)$/.exec(line);
    if (field && out.length) out[out.length - 1]!.fields[field[1]!] = field[2]!.replace(/^'(.*)'$/, '$1');
  }
  return out;
}

const actionYml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
const actionSources = readdirSync(join(ROOT, 'src/action'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(ROOT, 'src/action', f), 'utf8'))
  .join('\n');
const all = (re: RegExp, text: string) => [...new Set([...text.matchAll(re)].map((m) => m[1]!))].sort();

describe('action.yml matches the code', () => {
  const inputs = yamlBlock(actionYml, 'inputs');
  const outputs = yamlBlock(actionYml, 'outputs');

  it('parses the blocks it checks', () => {
    expect(inputs.length).toBeGreaterThan(10);
    expect(outputs.length).toBeGreaterThan(5);
    expect(inputs.find((i) => i.name === 'cache')?.fields.required).toBe('false');
  });

  it('declares every input the code reads, and reads every input it declares', () => {
    const read = all(/\bget\('([^']+)'\)/g, readFileSync(join(ROOT, 'src/action/inputs.ts'), 'utf8'));
    const readDirectly = all(/core\.getInput\('([^']+)'/g, actionSources);
    for (const name of ['signing-key', 'aws-secret-access-key', 'aws-session-token']) expect(actionSources).toContain(`'${name}'`);
    expect([...new Set([...read, ...readDirectly])].sort()).toEqual(inputs.map((i) => i.name).sort());
  });

  it('declares every output main and post set, and sets every output it declares', () => {
    const set = all(/core\.setOutput\('([^']+)'/g, actionSources);
    const declared = outputs.map((o) => o.name).sort();
    expect(
      set.filter((o) => !declared.includes(o)),
      'set in src/action but not declared in action.yml',
    ).toEqual([]);
    expect(
      declared.filter((o) => !set.includes(o)),
      'declared in action.yml but never set by src/action',
    ).toEqual([]);
  });

  it('lists the interface docs/architecture.md ("Interfaces") points to', () => {
    expect(inputs.map((i) => i.name)).toEqual([
      'cache',
      'substituter',
      'signing-key',
      'aws-access-key-id',
      'aws-secret-access-key',
      'aws-session-token',
      'install',
      'nix-installer-url',
      'nix-installer-sha256',
      'extra-substituters',
      'extra-trusted-public-keys',
      'previous-public-keys',
      'extra-conf',
      'compression',
      'upload-concurrency',
      'drain-timeout',
      'on-upload-error',
      'deprovision',
      'trust',
      'summary',
      'fixed-output',
      'fixed-output-signing-key',
      'witness-caches',
      'on-divergence',
    ]);
    expect(outputs.map((o) => o.name).sort()).toEqual(
      [
        'public-key',
        'substituter',
        'uploaded-count',
        'skipped-count',
        'failed-count',
        'refused-count',
        'pending-count',
        'uploaded-paths',
        'withheld-count',
        'withheld-paths',
        'fixed-output-public-key',
        'previous-public-keys',
        'diverged-paths',
        'uploaded-bytes',
        'nar-bytes',
        'trust-report',
      ].sort(),
    );
  });

  it('no input is required and every input has a description and a default', () => {
    for (const i of inputs) {
      expect(i.fields.required, i.name).toBe('false');
      expect(i.fields.description, i.name).toBeTruthy();
      expect(i.fields, i.name).toHaveProperty('default');
    }
    for (const o of outputs) expect(o.fields.description, o.name).toBeTruthy();
  });

  it("action.yml's defaults mean what the code does for an empty input", () => {
    const defaults = Object.fromEntries(inputs.map((i) => [i.name, i.fields.default ?? '']));
    expect(parse(defaults)).toEqual(parse({}));
  });

  it('runs the bundles on node24', () => {
    expect(actionYml).toMatch(/^runs:\n {2}using: node24\n {2}main: dist\/main\.js\n {2}post: dist\/post\.js$/m);
  });
});
