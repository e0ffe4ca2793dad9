import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { entryTime, parseEntry } from '../../src/worker/entry.js';
import { QueueDir } from '../../src/worker/queue.js';
import { liveWorkerPid, processStartTime, removeOwnWorkerPid, workerProcesses, writeWorkerPid } from '../../src/worker/worker-pid.js';

const DRV = '/nix/store/0123456789abcdfghijklmnpqrsvwxyz-x.drv';
const dirs: string[] = [];
function queue(): QueueDir {
  const d = mkdtempSync(join(tmpdir(), 'ntc-q-'));
  dirs.push(d);
  return new QueueDir(d, join(d, 'failed'));
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('QueueDir.adoptIncoming: what the hook wrote becomes an ordered entry', () => {
  it('names complete files by mtime (ns) and hook pid, in enqueue order', () => {
    const q = queue();
    writeFileSync(join(q.dir, 'new-200'), `${DRV}\n\n.\n`);
    utimesSync(join(q.dir, 'new-200'), 1000, 1000);
    writeFileSync(join(q.dir, 'new-100-1'), `${DRV}\n\n.\n`);
    utimesSync(join(q.dir, 'new-100-1'), 2000, 2000);
    expect(q.adoptIncoming()).toBe(2);
    const ids = q.ids();
    expect(ids).toEqual(['1000000000000-200', '2000000000000-100']);
    expect(entryTime(ids[0]!)).toBe(1000n * 1_000_000_000n);
    expect(parseEntry(ids[0]!, q.read(ids[0]!))).toMatchObject({ drv: DRV, outs: [] });
  });

  it('leaves a file still being written (no `.` line yet) for later', () => {
    const q = queue();
    writeFileSync(join(q.dir, 'new-5'), `${DRV}\n`);
    expect(q.adoptIncoming()).toBe(0);
    expect(readdirSync(q.dir)).toEqual(['new-5']);
  });

  it('adopts one abandoned half-written after a minute, so its failure is recorded, not lost', () => {
    const q = queue();
    writeFileSync(join(q.dir, 'new-5'), '/nix/store/0123');
    expect(q.adoptIncoming(Date.now() + 61_000)).toBe(1);
    const [id] = q.ids();
    expect(() => parseEntry(id!, q.read(id!))).toThrow(/not a derivation path/);
  });

  it('never replaces an entry with the same id', () => {
    const q = queue();
    for (const name of ['new-7', 'new-7-1']) {
      writeFileSync(join(q.dir, name), `${DRV}\n\n.\n`);
      utimesSync(join(q.dir, name), 1000, 1000);
    }
    expect(q.adoptIncoming()).toBe(2);
    expect(q.ids()).toEqual(['1000000000000-7', '1000000000001-7']);
  });

  it('ignores other names', () => {
    const q = queue();
    writeFileSync(join(q.dir, 'new-x'), `${DRV}\n\n.\n`);
    writeFileSync(join(q.dir, '.worker.lock'), '');
    expect(q.adoptIncoming()).toBe(0);
  });
});

describe('worker pid file: pid and start time', () => {
  it('names a live worker; a reused pid (other start time) or garbage does not', () => {
    const d = mkdtempSync(join(tmpdir(), 'ntc-pid-'));
    dirs.push(d);
    const f = join(d, 'worker.pid');
    writeWorkerPid(f);
    expect(liveWorkerPid(f)).toBe(process.pid);
    writeFileSync(f, `${process.pid} ${Number(processStartTime(process.pid)) + 1}\n`);
    expect(liveWorkerPid(f)).toBeUndefined();
    writeFileSync(f, `${process.pid}\n`);
    expect(liveWorkerPid(f)).toBeUndefined();
    expect(liveWorkerPid(join(d, 'missing'))).toBeUndefined();
  });

  it('is removed only by the process it names', () => {
    const d = mkdtempSync(join(tmpdir(), 'ntc-pid-'));
    dirs.push(d);
    const f = join(d, 'worker.pid');
    writeWorkerPid(f);
    removeOwnWorkerPid(f, process.pid + 1);
    expect(liveWorkerPid(f)).toBe(process.pid);
    removeOwnWorkerPid(f);
    expect(liveWorkerPid(f)).toBeUndefined();
  });
});

describe('workerProcesses', () => {
  it('finds root processes running exactly `node bundle worker`, whatever their pid file says', async () => {
    const d = mkdtempSync(join(tmpdir(), 'ntc-wp-'));
    dirs.push(d);
    const bundle = join(d, 'cli.js');
    writeFileSync(bundle, 'setTimeout(() => {}, 30000);\n');
    const worker = spawn(process.execPath, [bundle, 'worker'], { stdio: 'ignore' });
    const other = spawn(process.execPath, [bundle, 'status'], { stdio: 'ignore' });
    try {
      for (let i = 0; i < 50 && workerProcesses(process.execPath, bundle).length === 0; i++) await new Promise((r) => setTimeout(r, 20));
      expect(workerProcesses(process.execPath, bundle)).toEqual(process.getuid?.() === 0 ? [worker.pid] : []);
      expect(workerProcesses(process.execPath, join(d, 'other.js'))).toEqual([]);
    } finally {
      worker.kill();
      other.kill();
    }
  });
});
