import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REQUEST_FLAGS, requestFromFlags, requestToArgv, type ProvisionRequest } from '../../src/provision/request.js';

const parse = (argv: string[]) => requestFromFlags(parseArgs({ args: argv, options: REQUEST_FLAGS, strict: true }).values);

const full: ProvisionRequest = {
  cache: 's3://bucket?region=eu-west-1',
  substituter: 'https://cache.example.org',
  install: 'official',
  official: { url: 'https://releases.example/nix.tar.xz', sha256: 'ab'.repeat(32), cacheDir: '/home/runner/_work/_tool/x' },
  compression: 'xz',
  uploadConcurrency: 8,
  maxAttempts: 12,
  retryBaseMs: 250,
  extraSubstituters: ['https://a.example', 'https://b.example'],
  extraTrustedPublicKeys: ['a-1:AAAA', 'b-1:BBBB'],
  previousPublicKeys: ['old-1:CCCC'],
  extraConf: '-option-looking = text\nmax-jobs = 4',
  untrustUsers: ['runner', 'ci'],
  fixedOutput: 'separate-key',
  witnessCaches: ['https://w.example w-1:DDDD', 'file:///w w-2:EEEE'],
  onDivergence: 'withhold',
};

describe('ProvisionRequest: one object, written out and read back the same', () => {
  it('every field survives requestToArgv → the CLI parser', () => {
    expect(parse(requestToArgv(full))).toEqual(full);
  });

  it('a minimal request survives too, and the parser fills in the same defaults the action passes', () => {
    const minimal: ProvisionRequest = {
      cache: 'file:///var/cache/nix',
      install: 'auto',
      compression: 'zstd',
      uploadConcurrency: 4,
      maxAttempts: 10,
      extraSubstituters: [],
      extraTrustedPublicKeys: [],
      previousPublicKeys: [],
      extraConf: '',
      untrustUsers: [],
      fixedOutput: 'withhold',
      witnessCaches: [],
      onDivergence: 'warn',
    };
    expect(parse(requestToArgv(minimal))).toEqual(minimal);
    expect(parse(['--cache', 'file:///var/cache/nix'])).toEqual(minimal);
  });

  it('a bad value is a usage error naming its flag', () => {
    expect(() => parse(['--cache', 'x', '--fixed-output', 'always'])).toThrow(
      /--fixed-output: "always" is not one of withhold, separate-key, sign/,
    );
    expect(() => parse(['--cache', 'x', '--on-divergence', 'panic'])).toThrow(/--on-divergence: "panic" is not one of warn, withhold/);
    expect(() => parse(['--cache', 'x', '--upload-concurrency', '0'])).toThrow(/--upload-concurrency must be a positive whole number/);
    expect(() => parse([])).toThrow(/--cache URL is required/);
  });
});
