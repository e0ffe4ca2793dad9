import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/core/process.js';
import { UserError } from '../../src/core/errors.js';
import { LAYOUT } from '../../src/layout.js';
import {
  daemonAction,
  ensureSystemdNixDaemon,
  ensureWorkerUnit,
  mustSystemctl,
  parseShow,
  renderWorkerUnit,
  WORKER_UNIT,
  type Systemctl,
} from '../../src/provision/services.js';

interface Unit {
  LoadState: string;
  ActiveState: string;
  MainPID: number;
  NeedDaemonReload: 'yes' | 'no';
}

/** systemd as systemctl shows it: units by name; `calls` records every command that is not `show`. */
class FakeSystemd {
  calls: string[] = [];
  units = new Map<string, Unit>();
  failing = new Map<string, string>(); // "verb unit" → stderr
  failsAfterStart = false;
  private nextPid = 100;

  unit(name: string, u: Partial<Unit>): this {
    this.units.set(name, { LoadState: 'loaded', ActiveState: 'inactive', MainPID: 0, NeedDaemonReload: 'no', ...u });
    return this;
  }

  readonly sc: Systemctl = async (args): Promise<RunResult> => {
    const [verb, ...rest] = args;
    const name = rest.at(-1) ?? '';
    if (verb === 'show') {
      const u = this.units.get(name) ?? { LoadState: 'not-found', ActiveState: 'inactive', MainPID: 0, NeedDaemonReload: 'no' };
      return {
        code: 0,
        stdout:
          Object.entries(u)
            .map(([k, v]) => `${k}=${v}`)
            .join('\n') + '\n',
        stderr: '',
      };
    }
    this.calls.push(args.join(' '));
    const stderr = this.failing.get(`${verb} ${name}`);
    if (stderr !== undefined) return { code: 1, stdout: '', stderr };
    const u = this.units.get(name);
    if (u && (verb === 'start' || verb === 'restart')) {
      u.ActiveState = this.failsAfterStart ? 'failed' : 'active';
      if (verb === 'restart' || u.MainPID === 0) u.MainPID = this.nextPid++;
    }
    if (u && verb === 'stop') Object.assign(u, { ActiveState: 'inactive', MainPID: 0 });
    if (verb === 'daemon-reload') for (const x of this.units.values()) x.NeedDaemonReload = 'no';
    return { code: 0, stdout: '', stderr: '' };
  };
}

describe('daemonAction: nix-daemon is restarted only when its configuration changed', () => {
  it.each([
    [{ socketUnit: true, serviceActive: true, configChanged: true }, 'restart'],
    [{ socketUnit: true, serviceActive: true, configChanged: false }, 'none'],
    [{ socketUnit: true, serviceActive: false, configChanged: true }, 'none'], // the socket starts it with the new config
    [{ socketUnit: false, serviceActive: false, configChanged: false }, 'start'],
    [{ socketUnit: false, serviceActive: true, configChanged: true }, 'restart'],
    [{ socketUnit: false, serviceActive: true, configChanged: false }, 'none'],
  ])('%o → %s', (facts, action) => expect(daemonAction(facts)).toBe(action));
});

describe('ensureSystemdNixDaemon', () => {
  const socketActivated = (active: boolean) =>
    new FakeSystemd()
      .unit('nix-daemon.socket', { ActiveState: 'active' })
      .unit('nix-daemon.service', { ActiveState: active ? 'active' : 'inactive', MainPID: active ? 30 : 0 });

  it('restarts a running service whose configuration changed, leaving the socket be, and reports the new pid', async () => {
    const sd = socketActivated(true);
    const lines: string[] = [];
    const r = await ensureSystemdNixDaemon(sd.sc, true, (l) => lines.push(l));
    expect(sd.calls).toEqual(['restart nix-daemon.service']);
    expect(r).toEqual({ pid: 100, restarted: true });
    expect(lines.join('\n')).toMatch(/nix-daemon.socket kept listening/);
  });

  it('leaves a running service with an unchanged configuration alone', async () => {
    const sd = socketActivated(true);
    const r = await ensureSystemdNixDaemon(sd.sc, false, () => {});
    expect(sd.calls.filter((c) => c.includes('nix-daemon.service'))).toEqual([]);
    expect(r).toEqual({ pid: 30, restarted: false });
  });

  it('starts nothing but the socket when the service is not running: the next connection reads the new config', async () => {
    const sd = socketActivated(false);
    const lines: string[] = [];
    const r = await ensureSystemdNixDaemon(sd.sc, true, (l) => lines.push(l));
    expect(sd.calls).toEqual(['start nix-daemon.socket']);
    expect(r.restarted).toBe(false);
    expect(lines.join('\n')).toMatch(/starts it with the new configuration on the next connection/);
  });

  it('starts a service that has no socket unit', async () => {
    const sd = new FakeSystemd().unit('nix-daemon.service', {});
    expect(await ensureSystemdNixDaemon(sd.sc, false, () => {})).toEqual({ pid: 100, restarted: false });
    expect(sd.calls).toEqual(['start nix-daemon.service']);
  });

  it("turns a failed restart into one error with systemd's words and where to look", async () => {
    const sd = socketActivated(true);
    sd.failing.set('restart nix-daemon.service', 'Job for nix-daemon.service failed because the control process exited with error code.\n');
    const err = await ensureSystemdNixDaemon(sd.sc, true, () => {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      'systemctl restart nix-daemon.service failed: Job for nix-daemon.service failed because the control process exited with error code. (see systemctl status nix-daemon.service and journalctl -u nix-daemon.service)',
    );
  });
});

describe('ensureWorkerUnit', () => {
  const noOthers = async () => {};

  it('loads a new unit, enables and starts it', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { NeedDaemonReload: 'yes' });
    await ensureWorkerUnit(sd.sc, false, noOthers);
    expect(sd.calls).toEqual(['daemon-reload', `enable --quiet ${WORKER_UNIT}`, `start ${WORKER_UNIT}`]);
  });

  it('restarts a running worker whose unit file changed, stopping the workers outside the unit in between', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { ActiveState: 'active', MainPID: 7, NeedDaemonReload: 'yes' });
    await ensureWorkerUnit(sd.sc, false, async () => void sd.calls.push('(others stopped)'));
    expect(sd.calls).toEqual([
      'daemon-reload',
      `enable --quiet ${WORKER_UNIT}`,
      `stop ${WORKER_UNIT}`,
      '(others stopped)',
      `start ${WORKER_UNIT}`,
    ]);
  });

  it('with nothing changed, only makes sure it is enabled and running', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { ActiveState: 'active', MainPID: 7 });
    await ensureWorkerUnit(sd.sc, false, noOthers);
    expect(sd.calls).toEqual([`enable --quiet ${WORKER_UNIT}`, `start ${WORKER_UNIT}`]);
  });

  it('stops at the first systemctl failure, with its words', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, {});
    sd.failing.set(`enable ${WORKER_UNIT}`, 'Failed to enable unit: Unit file nix-trusted-cache-worker.service is masked.');
    await expect(ensureWorkerUnit(sd.sc, true, noOthers)).rejects.toThrow(
      `systemctl enable --quiet ${WORKER_UNIT} failed: Failed to enable unit: Unit file nix-trusted-cache-worker.service is masked. (see systemctl status ${WORKER_UNIT} and journalctl -u ${WORKER_UNIT})`,
    );
    expect(sd.calls).toEqual([`enable --quiet ${WORKER_UNIT}`]);
  });

  it('fails when the unit failed right after it started', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, {});
    sd.failsAfterStart = true;
    await expect(ensureWorkerUnit(sd.sc, false, noOthers)).rejects.toThrow(
      `${WORKER_UNIT} failed right after it was started: see ${LAYOUT.workerLog}`,
    );
  });
});

describe('mustSystemctl and parseShow', () => {
  it('says the exit code when systemctl says nothing', async () => {
    const sc: Systemctl = async () => ({ code: 4, stdout: '', stderr: '' });
    await expect(mustSystemctl(sc, ['start', 'x.service'], 'x.service')).rejects.toThrow('systemctl start x.service failed: exit 4');
  });

  it('reads the unit state, a MainPID of 0 meaning no process', () => {
    expect(parseShow('LoadState=loaded\nActiveState=active\nMainPID=0\nNeedDaemonReload=no\n')).toEqual({
      load: 'loaded',
      active: 'active',
      needReload: false,
    });
    expect(parseShow('MainPID=42\nNeedDaemonReload=yes\n')).toEqual({
      load: 'not-found',
      active: 'inactive',
      mainPid: 42,
      needReload: true,
    });
  });
});

describe('renderWorkerUnit', () => {
  const unit = renderWorkerUnit();
  it('runs the worker under the lock the hook takes, so a hook-started worker and the unit never drain side by side', () => {
    expect(unit).toContain(`ExecStart=/usr/bin/flock ${LAYOUT.workerLock} ${LAYOUT.node} ${LAYOUT.worker} worker --idle-exit 0`);
  });
  it('restarts the worker whatever ended it, and says where its log goes', () => {
    expect(unit).toMatch(/^Restart=always$/m);
    expect(unit).toContain(`StandardOutput=append:${LAYOUT.workerLog}`);
    expect(unit).toMatch(new RegExp(`^Description=.*log: ${LAYOUT.workerLog.replace(/[/.]/g, '\\$&')}`, 'm'));
  });
});
