import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec, parentsOf, parseShowConfig, pathFact } from '../../src/audit/collect.js';

describe('collect helpers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ntc-audit-unit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('parentsOf lists every directory up to /, nearest first', () => {
    expect(parentsOf('/etc/nix-trusted-cache/post-build-hook')).toEqual(['/etc/nix-trusted-cache', '/etc', '/']);
    expect(parentsOf('/x')).toEqual(['/']);
  });

  it('parseShowConfig unwraps nix show-config --json values (Nix 2.8 shape)', () => {
    const json = JSON.stringify({
      'require-sigs': { aliases: [], defaultValue: true, description: '…', documentDefault: true, value: true },
      'trusted-users': { aliases: [], defaultValue: ['root'], value: ['root', '@wheel'] },
      sandbox: { value: 'relaxed' },
      'post-build-hook': { value: '' },
    });
    expect(parseShowConfig(json)).toEqual({
      'require-sigs': true,
      'trusted-users': ['root', '@wheel'],
      sandbox: 'relaxed',
      'post-build-hook': '',
    });
    expect(() => parseShowConfig('not json')).toThrow();
  });

  it('pathFact reports mode bits, kind and absence without following links', () => {
    const f = join(dir, 'f');
    writeFileSync(f, 'x');
    chmodSync(f, 0o4751);
    const fact = pathFact(f);
    expect(fact.stat).toMatchObject({ kind: 'file', mode: 0o4751, uid: process.getuid!() });
    symlinkSync(f, join(dir, 'l'));
    expect(pathFact(join(dir, 'l')).stat?.kind).toBe('symlink');
    expect(pathFact(join(dir, 'missing'))).toEqual({ path: join(dir, 'missing') });
    expect(pathFact(join(f, 'under-a-file'))).toEqual({ path: join(f, 'under-a-file') });
  });

  it('exec collects output and exit codes, and never throws for a missing command', async () => {
    expect(await exec('sh', ['-c', 'echo out; echo err >&2; exit 3'])).toEqual({ ran: true, code: 3, stdout: 'out\n', stderr: 'err\n' });
    const missing = await exec('/nonexistent/ntc-no-such-command', []);
    expect(missing.ran).toBe(false);
    expect(missing.stderr).toMatch(/cannot run/);
    const slow = await exec('sleep', ['5'], { timeoutMs: 200 });
    expect(slow.ran).toBe(false);
    expect(slow.stderr).toMatch(/stopped/);
  });
});
