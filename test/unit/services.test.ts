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
  NRestarts: number;
}

/** systemd as systemctl shows it: units by name; `calls` records every command that is not `show`. */
class FakeSystemd {
  calls: string[] = [];
  units = new Map<string, Unit>();
  failing = new Map<string, string>(); // "verb unit" → stderr
  failsAfterStart = false;
  private nextPid = 100;

  unit(name: string, u: Partial<Unit>): this {
    this.units.set(name, { LoadState: 'loaded', ActiveState: 'inactive', MainPID: 0, NeedDaemonReload: 'no', NRestarts: 0, ...u });
    return this;
  }

  readonly sc: Systemctl = async (args): Promise<RunResult> => {
    const [verb, ...rest] = args;
    const name = rest.at(-1) ?? '';
    if (verb === 'show') {
      const u = this.units.get(name) ?? {
        LoadState: 'not-found',
        ActiveState: 'inactive',
        MainPID: 0,
        NeedDaemonReload: 'no',
        NRestarts: 0,
      };
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
      // a process that exits at once, under Restart=always: "activating" again, one restart more
      u.ActiveState = this.failsAfterStart ? 'activating' : 'active';
      if (this.failsAfterStart) u.NRestarts++;
      if (name.endsWith('.service') && (verb === 'restart' || u.MainPID === 0)) u.MainPID = this.nextPid++;
    }
    if (u && verb === 'stop') Object.assign(u, { ActiveState: 'inactive', MainPID: 0 });
    if (verb === 'daemon-reload') for (const x of this.units.values()) x.NeedDaemonReload = 'no';
    return { code: 0, stdout: '', stderr: '' };
  };

  /** A client connects: a listening socket starts the service that is not running. */
  readonly ping = async (): Promise<void> => {
    this.calls.push('(ping)');
    const service = this.units.get('nix-daemon.service');
    if (this.units.get('nix-daemon.socket') && service?.ActiveState === 'inactive')
      Object.assign(service, { ActiveState: 'active', MainPID: this.nextPid++ });
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
    const r = await ensureSystemdNixDaemon(sd.sc, true, (l) => lines.push(l), sd.ping);
    expect(sd.calls).toEqual(['restart nix-daemon.service', '(ping)']); // and it answers afterwards
    expect(r).toEqual({ pid: 100, restarted: true });
    expect(lines.join('\n')).toMatch(/nix-daemon.socket kept listening/);
  });

  it('leaves a running service with an unchanged configuration alone', async () => {
    const sd = socketActivated(true);
    const r = await ensureSystemdNixDaemon(sd.sc, false, () => {}, sd.ping);
    expect(sd.calls.filter((c) => c.includes('nix-daemon.service'))).toEqual([]);
    expect(r).toEqual({ pid: 30, restarted: false });
  });

  it('restarts nothing when the service is not running: the socket starts it on the first connection, with the new config', async () => {
    const sd = socketActivated(false);
    const lines: string[] = [];
    const r = await ensureSystemdNixDaemon(sd.sc, true, (l) => lines.push(l), sd.ping);
    expect(sd.calls).toEqual(['start nix-daemon.socket', '(ping)']);
    expect(r).toEqual({ pid: 100, restarted: false });
    expect(lines.join('\n')).toMatch(/started it on the first connection, with the new configuration/);
  });

  it('starts a service that has no socket unit', async () => {
    const sd = new FakeSystemd().unit('nix-daemon.service', {});
    expect(await ensureSystemdNixDaemon(sd.sc, false, () => {}, sd.ping)).toEqual({ pid: 100, restarted: false });
    expect(sd.calls).toEqual(['start nix-daemon.service', '(ping)']);
  });

  it("turns a failed restart into one error with systemd's words and where to look", async () => {
    const sd = socketActivated(true);
    sd.failing.set('restart nix-daemon.service', 'Job for nix-daemon.service failed because the control process exited with error code.\n');
    const err = await ensureSystemdNixDaemon(sd.sc, true, () => {}, sd.ping).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      'systemctl restart nix-daemon.service failed: Job for nix-daemon.service failed because the control process exited with error code. (see systemctl status nix-daemon.service and journalctl -u nix-daemon.service)',
    );
  });
});

describe('ensureWorkerUnit', () => {
  const noOthers = async () => {};
  const now = async () => {}; // no waiting for the worker to settle

  it('loads a new unit, enables and starts it', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { NeedDaemonReload: 'yes' });
    await ensureWorkerUnit(sd.sc, false, noOthers, now);
    expect(sd.calls).toEqual(['daemon-reload', `enable --quiet ${WORKER_UNIT}`, `start ${WORKER_UNIT}`]);
  });

  it('restarts a running worker whose unit file changed, stopping the workers outside the unit in between', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { ActiveState: 'active', MainPID: 7, NeedDaemonReload: 'yes' });
    await ensureWorkerUnit(sd.sc, false, async () => void sd.calls.push('(others stopped)'), now);
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
    await ensureWorkerUnit(sd.sc, false, noOthers, now);
    expect(sd.calls).toEqual([`enable --quiet ${WORKER_UNIT}`, `start ${WORKER_UNIT}`]);
  });

  it('stops at the first systemctl failure, with its words', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, {});
    sd.failing.set(`enable ${WORKER_UNIT}`, 'Failed to enable unit: Unit file nix-trusted-cache-worker.service is masked.');
    await expect(ensureWorkerUnit(sd.sc, true, noOthers, now)).rejects.toThrow(
      `systemctl enable --quiet ${WORKER_UNIT} failed: Failed to enable unit: Unit file nix-trusted-cache-worker.service is masked. (see systemctl status ${WORKER_UNIT} and journalctl -u ${WORKER_UNIT})`,
    );
    expect(sd.calls).toEqual([`enable --quiet ${WORKER_UNIT}`]);
  });

  it('fails when the worker does not keep running (Restart=always hides it as "activating")', async () => {
    const sd = new FakeSystemd().unit(WORKER_UNIT, { NRestarts: 3 });
    sd.failsAfterStart = true;
    await expect(ensureWorkerUnit(sd.sc, false, noOthers, now)).rejects.toThrow(
      `${WORKER_UNIT} does not keep running (activating, restarted 1 time(s) just now): see ${LAYOUT.workerLog}`,
    );
  });
});

describe('mustSystemctl and parseShow', () => {
  it('says the exit code when systemctl says nothing', async () => {
    const sc: Systemctl = async () => ({ code: 4, stdout: '', stderr: '' });
    await expect(mustSystemctl(sc, ['start', 'x.service'], 'x.service')).rejects.toThrow('systemctl start x.service failed: exit 4');
  });

  it('reads the unit state, a MainPID of 0 meaning no process', () => {
    expect(parseShow('LoadState=loaded\nActiveState=active\nMainPID=0\nNeedDaemonReload=no\nNRestarts=2\n')).toEqual({
      load: 'loaded',
      active: 'active',
      needReload: false,
      restarts: 2,
    });
    expect(parseShow('MainPID=42\nNeedDaemonReload=yes\n')).toEqual({
      load: 'not-found',
      active: 'inactive',
      mainPid: 42,
      needReload: true,
      restarts: 0,
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
