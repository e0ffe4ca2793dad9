import { QueueDir } from '../../src/worker/queue.js';
import { writeWorkerPid } from '../../src/worker/worker-pid.js';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isEntryId, parseEntry } from '../../src/worker/entry.js';
import { renderHookScript, shellQuote, type HookPaths } from '../../src/worker/hook-script.js';

const NASTY = [
  '',
  'plain',
  "'",
  "''",
  "it's",
  "'\\''",
  '"double" quotes',
  '$(touch /tmp/ntc-pwned)',
  '`touch /tmp/ntc-pwned`',
  '${HOME} $HOME $0 $@ $*',
  '\\ \\\\ \\n',
  'a\nb\n',
  '\t tabs and  spaces ',
  '* ? [a-z] ~ ~root',
  '; rm -rf / & | > < && ||',
  '-n',
  '--',
  '%s %d %%',
  '!history',
  'ünïcødé – 😀',
  'mixed \'"$`\\\n end',
];

const tmp: string[] = [];
afterAll(() => {
  // A hook's background `flock … node worker` may still be writing its log here: retry, never fail the suite.
  for (const d of tmp) {
    try {
      rmSync(d, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
    } catch {
      // a leftover temp directory is harmless
    }
  }
});

describe('shellQuote', () => {
  it.each(NASTY.map((s) => [JSON.stringify(s), s]))('round-trips %s through sh as data', (_, s) => {
    const r = spawnSync('sh', ['-c', `printf %s ${shellQuote(s)}`], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(s);
  });

  it('passes many words as separate arguments', () => {
    const r = spawnSync('sh', ['-c', `printf '[%s]' ${NASTY.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
    expect(r.stdout).toBe(NASTY.map((s) => `[${s}]`).join(''));
    expect(existsSync('/tmp/ntc-pwned')).toBe(false);
  });
});

function hookIn(dir: string, name = 'hook'): { paths: HookPaths; script: string; started: string } {
  const started = join(dir, 'worker-started');
  const node = join(dir, "fake node 'x'");
  writeFileSync(node, `#!/bin/sh\nprintf '%s\\n' "$@" > ${shellQuote(started)}\n`, { mode: 0o755 });
  const paths: HookPaths = {
    queueDir: join(dir, "queue $(touch pwned) 'q'"),
    workerLog: join(dir, 'worker "log".log'),
    workerPid: join(dir, 'worker.pid'),
    workerLock: join(dir, 'worker.lock'),
    node,
    worker: join(dir, 'cli `x`.js'),
  };
  const script = join(dir, name);
  writeFileSync(script, renderHookScript(paths), { mode: 0o755 });
  return { paths, script, started };
}

function waitFor(file: string, ms = 5000): boolean {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (existsSync(file) && readFileSync(file, 'utf8').length > 0) return true;
    spawnSync('sleep', ['0.05']);
  }
  return false;
}

describe('renderHookScript', () => {
  const paths: HookPaths = {
    queueDir: '/var/lib/nix-trusted-cache/queue',
    workerLog: '/var/log/nix-trusted-cache/worker.log',
    workerPid: '/var/lib/nix-trusted-cache/worker.pid',
    workerLock: '/var/lib/nix-trusted-cache/worker.lock',
    node: '/usr/local/lib/nix-trusted-cache/node',
    worker: '/usr/local/lib/nix-trusted-cache/cli.js',
  };

  it('is valid sh (sh -n), for the real layout and for nasty paths', () => {
    for (const p of [
      paths,
      Object.fromEntries(Object.entries(paths).map(([k, v], i) => [k, `${v} ${NASTY[(i * 3) % NASTY.length]}`])) as unknown as HookPaths,
    ]) {
      const r = spawnSync('sh', ['-n'], { input: renderHookScript(p), encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    }
  });

  it('turns globbing off, sets a private umask and a fixed PATH, and always exits 0', () => {
    const text = renderHookScript(paths);
    expect(text.startsWith('#!/bin/sh\n')).toBe(true);
    expect(text).toContain('\nset -f -C\n');
    expect(text).toContain('\numask 077\n');
    expect(text).toContain('\nPATH=/usr/bin:/bin:/usr/sbin:/sbin\n');
    expect(text.trimEnd().endsWith('exit 0')).toBe(true);
    // DRV_PATH and OUT_PATHS only ever inside double quotes
    expect(text.replace(/"\$DRV_PATH"|"\$OUT_PATHS"/g, '')).not.toMatch(/\$DRV_PATH|\$OUT_PATHS|\$\{(DRV_PATH|OUT_PATHS)/);
  });

  it('enqueues DRV_PATH and OUT_PATHS as data, whatever they hold, and starts the worker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-hook-'));
    tmp.push(dir);
    const { paths: p, script, started } = hookIn(dir);
    mkdirSync(p.queueDir);
    const drv = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x.drv';
    const outs = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x $(touch pwned) `touch pwned` * ; touch pwned';
    const r = spawnSync(script, [], { cwd: dir, env: { DRV_PATH: drv, OUT_PATHS: outs }, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(p.queueDir);
    expect(files).toEqual([expect.stringMatching(/^new-\d+$/)]);
    expect(readFileSync(join(p.queueDir, files[0]!), 'utf8')).toBe(`${drv}\n${outs}\n.\n`);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
    // The worker adopts it under an ordered id; it parses (and the worker refuses the non-store words).
    const q = new QueueDir(p.queueDir, join(dir, 'failed'));
    expect(q.adoptIncoming()).toBe(1);
    const [id] = q.ids();
    expect(isEntryId(id!)).toBe(true);
    expect(() => parseEntry(id!, q.read(id!))).toThrow(/non-store path/);
    // The worker was started with its bundle and the `worker` command.
    expect(waitFor(started)).toBe(true);
    expect(readFileSync(started, 'utf8')).toBe(`${p.worker}\nworker\n`);
  });

  it('does not start a worker when the pid file names a live one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-hook-'));
    tmp.push(dir);
    const { paths: p, script, started } = hookIn(dir);
    mkdirSync(p.queueDir);
    writeWorkerPid(p.workerPid);
    const env = { DRV_PATH: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-y.drv', OUT_PATHS: '' };
    // Twice, with the same hook pid as far as the queue can tell: the second never overwrites the first.
    for (let i = 0; i < 2; i++) expect(spawnSync(script, [], { env }).status).toBe(0);
    expect(readdirSync(p.queueDir)).toHaveLength(2);
    spawnSync('sleep', ['0.3']);
    expect(existsSync(started)).toBe(false);
  });

  it('starts a worker when the pid file names a live process that is not the worker (a reused pid)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-hook-'));
    tmp.push(dir);
    const { paths: p, script, started } = hookIn(dir);
    mkdirSync(p.queueDir);
    // this test's own pid, with a start time that is not its own: what a pid reused by another process looks like
    writeFileSync(p.workerPid, `${process.pid} 1\n`);
    expect(spawnSync(script, [], { env: { DRV_PATH: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-y.drv', OUT_PATHS: '' } }).status).toBe(0);
    expect(waitFor(started)).toBe(true);
  });

  it('never overwrites an existing entry file of the same name (noclobber)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-hook-'));
    tmp.push(dir);
    const { paths: p, script } = hookIn(dir);
    mkdirSync(p.queueDir);
    writeWorkerPid(p.workerPid);
    const r = spawnSync('sh', ['-c', `: > "$Q/new-$$"; exec "$0"`, script], {
      env: { Q: p.queueDir, DRV_PATH: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-y.drv', OUT_PATHS: '' },
    });
    expect(r.status).toBe(0);
    const files = readdirSync(p.queueDir).sort();
    expect(files).toEqual([expect.stringMatching(/^new-\d+$/), expect.stringMatching(/^new-\d+-1$/)]);
    expect(readFileSync(join(p.queueDir, files[0]!), 'utf8')).toBe('');
  });

  it('exits 0 and logs when it cannot enqueue', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ntc-hook-'));
    tmp.push(dir);
    const { paths: p, script } = hookIn(dir);
    chmodSync(dir, 0o755); // no queue directory at all
    const r = spawnSync(script, [], {
      env: { DRV_PATH: '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-z.drv', OUT_PATHS: '' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(readFileSync(p.workerLog, 'utf8')).toMatch(/hook: could not enqueue \/nix\/store\/0123456789abcdfghijklmnpqrsvwxyz-z\.drv/);
  });
});
