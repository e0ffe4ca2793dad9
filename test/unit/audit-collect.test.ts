import { chmodSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exec, parentsOf, parseShowConfig, pathFact, pickDaemonListener } from '../../src/audit/collect.js';

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

  it('pickDaemonListener skips per-connection children and prefers the newest listener', () => {
    expect(pickDaemonListener([])).toBeUndefined();
    const stale = { pid: 100, ppid: 1, startTicks: 5000 };
    const current = { pid: 200, ppid: 1, startTicks: 9000 };
    const child = { pid: 300, ppid: 200, startTicks: 9500 };
    const oldChild = { pid: 50, ppid: 100, startTicks: 5100 };
    expect(pickDaemonListener([oldChild, stale, child, current])).toEqual(current);
    expect(pickDaemonListener([stale, oldChild])).toEqual(stale);
    // systemd socket activation: the service process is the root, its children serve connections
    expect(
      pickDaemonListener([
        { pid: 7, ppid: 1, startTicks: 10 },
        { pid: 8, ppid: 7, startTicks: 20 },
      ])?.pid,
    ).toBe(7);
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
