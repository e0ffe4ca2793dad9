/**
 * Upgrade in place (issue 13): a runner provisioned by the previous release (its dist/cli.js, from git) has
 * uploads queued while S3 is down; provisioning the current release over it replaces the bundle, node and
 * hook while the worker runs, and the new worker uploads every entry the old one queued; the old ledger
 * stays readable. The version stamp in config.json says what is installed.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LAYOUT } from '../../src/layout.js';
import { parseLedger } from '../../src/worker/ledger.js';
import { ROOT } from './rig/action.js';
import {
  buildAsRunner,
  consumerSubstitutes,
  describeE2E,
  ensureDaemon,
  RIG_EXTRA_CONF,
  RUNNER,
  sh,
  waitForLedgerPaths,
} from './rig/rig.js';
import { S3_CREDENTIALS, startS3, type S3Server } from './rig/s3.js';

// The release before this one: the last commit CI landed before upgrade support (stop 15's landing).
const PREVIOUS_RELEASE = '4169154';

let s3: S3Server;
let oldDir: string;
let secretKey: string;
let publicKey: string;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

function previousBundle(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntc-previous-release-'));
  let bundle: Buffer;
  try {
    bundle = execFileSync('git', ['-C', ROOT, 'show', `${PREVIOUS_RELEASE}:dist/cli.js`], { maxBuffer: 64 << 20 });
  } catch {
    throw new Error(
      `the upgrade test needs the previous release ${PREVIOUS_RELEASE} in this clone's git history (a shallow clone has none)`,
    );
  }
  writeFileSync(join(dir, 'cli.js'), bundle, { mode: 0o755 });
  return dir;
}

function provisionWith(cli: string, retryBaseMs: string) {
  const secrets = JSON.stringify({ signingKey: secretKey, credentials: S3_CREDENTIALS });
  const args = [cli, 'provision', '--cache', s3.cacheUrl, '--secrets-stdin', '--install', 'auto', '--untrust-user', RUNNER];
  const r = sh('node', [...args, '--retry-base-ms', retryBaseMs, '--extra-conf', RIG_EXTRA_CONF, '--json'], { input: secrets });
  if (r.code !== 0) throw new Error(`provision with ${cli} failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout) as { publicKey: string };
}

describeE2E('upgrade in place from the previous release, with uploads in flight (issue 13)', () => {
  beforeAll(async () => {
    await ensureDaemon();
    oldDir = previousBundle();
    s3 = await startS3();
    const kg = sh('node', ['dist/cli.js', 'keygen', `upgrade-e2e-${process.pid}`]);
    secretKey = kg.stdout.trim();
    publicKey = kg.stderr.trim();
  });

  afterAll(async () => {
    await s3.destroy();
    rmSync(oldDir, { recursive: true, force: true });
  });

  it('entries the old worker queued while S3 was down are uploaded by the new one; the version stamp follows', async () => {
    // The previous release, with S3 down: its worker retries, every 5 s at first.
    const old = provisionWith(join(oldDir, 'cli.js'), '5000');
    expect(old.publicKey).toBe(publicKey);
    expect(readFileSync(LAYOUT.worker).equals(readFileSync(join(oldDir, 'cli.js')))).toBe(true);
    await s3.stop();
    await ensureDaemon();
    const ledgerBefore = readFileSync(LAYOUT.ledger, 'utf8');
    const paths = buildAsRunner(['upgrade-a', 'upgrade-b', 'upgrade-c']);

    // Queued by the old release's hook, not uploaded (S3 is down):
    const queued = () => readdirSync(LAYOUT.queueDir).filter((n) => n.endsWith('.entry') || n.startsWith('new-')).length;
    expect(queued()).toBeGreaterThanOrEqual(3);

    // The current release over it, while the old worker waits to retry.
    provisionWith(join(ROOT, 'dist/cli.js'), '200');
    expect(sha256(readFileSync(LAYOUT.worker))).toBe(sha256(readFileSync(join(ROOT, 'dist/cli.js'))));
    const config = JSON.parse(readFileSync(LAYOUT.config, 'utf8')) as { version?: string; bundleSha256?: string };
    expect(config.bundleSha256).toBe(sha256(readFileSync(join(ROOT, 'dist/cli.js'))));
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/);
    await s3.start(); // same port, same data
    await ensureDaemon();

    const lines = await waitForLedgerPaths(paths, 120_000);
    for (const p of paths) expect(lines.get(p)?.status, JSON.stringify(lines.get(p))).toBe('uploaded');
    const c = consumerSubstitutes(paths, s3.httpUrl, publicKey);
    expect(c.code, c.stderr).toBe(0);
    // The ledger the old release wrote is still read whole by this one.
    expect(parseLedger(readFileSync(LAYOUT.ledger, 'utf8')).length).toBeGreaterThanOrEqual(parseLedger(ledgerBefore).length + 3);
    const st = sh('node', ['dist/cli.js', 'status', '--json']);
    expect(JSON.parse(st.stdout)).toMatchObject({ installed: { matches: true } });
  });
});
