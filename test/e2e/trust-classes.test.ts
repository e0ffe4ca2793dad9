/**
 * Trust classes end to end (issue 12), on each Nix of the matrix: builds by the unprivileged runner user,
 * uploaded by the provisioned worker to a file:// cache, judged by a fresh store with require-sigs.
 * - A fixed-output derivation (a fetch: builtins.derivation with outputHash, whose builder writes known
 *   bytes) is withheld by default: recorded as such, never in the cache, never substitutable.
 * - With fixed-output: separate-key it is signed by that key only: a consumer trusting only the main key
 *   refuses it, one trusting the fixed-output key takes it.
 * - The input-addressed build of the same job is signed with the main key either way.
 * Witness caches (a file:// cache filled by `push` with a witness key, from builds made before as root):
 * - a fetch the witness holds with the same NarHash is reproduced, and signed with the main key;
 * - a non-deterministic build the witness holds with another NarHash is diverged: withheld under
 *   on-divergence: withhold (both hashes recorded), signed and reported under warn;
 * - an unreachable witness leaves uploads working (unwitnessed, with why), within a bounded delay.
 */
import { createHash } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { storePathHash } from '../../src/core/store-path.js';
import { restoreProvisioning, snapshotProvisioning } from './rig/provisioning-snapshot.js';
import {
  asRunner,
  consumerSubstitutes,
  describeE2E,
  ensureDaemon,
  ledgerLength,
  provisionRunner,
  sh,
  waitForLedgerPaths,
} from './rig/rig.js';

const CACHE = '/tmp/ntc-trust-classes-cache';
const WITNESS = '/tmp/ntc-trust-classes-witness';
// New store paths in every run (the machine keeps its store between runs), the same within one.
const RUN = `${process.pid}-${Date.now()}`;

/** One fixed-output derivation (flat sha256 of `bytes`) and one input-addressed one, built as the runner. */
function buildPair(tag: string, asRoot = false): { fod: string; ia: string } {
  const bytes = `fetched-${tag}-${RUN}`; // shell- and Nix-string-safe as it is; the same for a tag in a run
  const hash = createHash('sha256').update(bytes).digest('hex');
  const dir = mkdtempSync(join(tmpdir(), 'ntc-tc-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'default.nix');
  writeFileSync(
    file,
    `[
  (derivation { name = "tc-fetch-${tag}"; system = builtins.currentSystem; builder = "/bin/sh";
    outputHashMode = "flat"; outputHashAlgo = "sha256"; outputHash = "${hash}";
    args = [ "-c" "printf '%s' ${bytes} > $out" ]; })
  (derivation { name = "tc-build-${tag}"; system = builtins.currentSystem; builder = "/bin/sh";
    salt = "${hash}"; args = [ "-c" "echo built > $out" ]; })
]
`,
  );
  chmodSync(file, 0o644);
  const r = asRoot ? rootBuild(file) : asRunner('nix-build', ['--no-out-link', file]);
  rmSync(dir, { recursive: true, force: true });
  if (r.code !== 0) throw new Error(`nix-build failed: ${r.stderr}`);
  const [fod, ia] = r.stdout.split('\n').filter(Boolean);
  return { fod: fod!, ia: ia! };
}

/** A build as root with no post-build-hook: how a witness's own builder made its copy. */
function rootBuild(file: string) {
  return sh('nix-build', ['--no-out-link', '--option', 'post-build-hook', '', file]);
}

/** A derivation whose output is random bytes: built twice, two NARs under one path. */
function randomDrv(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ntc-tc-'));
  chmodSync(dir, 0o755);
  const file = join(dir, 'default.nix');
  writeFileSync(
    file,
    `derivation { name = "tc-random-${tag}"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${process.pid}-${Date.now()}"; args = [ "-c" "head -c 32 /dev/urandom | od -x > $out" ]; }\n`,
  );
  chmodSync(file, 0o644);
  return file;
}

function buildFile(file: string, asRoot: boolean): string {
  const r = asRoot ? rootBuild(file) : asRunner('nix-build', ['--no-out-link', file]);
  if (r.code !== 0) throw new Error(`nix-build failed: ${r.stderr}`);
  return r.stdout.trim();
}

/** Puts `paths` into the witness cache signed by its key, then deletes them from the store. */
function witnessHas(paths: string[], witness: { secret: string }): void {
  const key = join(mkdtempSync(join(tmpdir(), 'ntc-wk-')), 'key');
  writeFileSync(key, witness.secret, { mode: 0o400 });
  const r = sh(process.execPath, ['dist/cli.js', 'push', '--cache', `file://${WITNESS}`, '--signing-key-file', key, ...paths]);
  if (r.code !== 0) throw new Error(`push to the witness failed: ${r.stderr}`);
  for (const p of paths) {
    const d = sh('nix-store', ['--delete', p]);
    if (d.code !== 0) throw new Error(`nix-store --delete ${p}: ${d.stderr}`);
  }
}

function keygen(name: string): { secret: string; public: string } {
  const r = sh(process.execPath, ['dist/cli.js', 'keygen', name]);
  if (r.code !== 0) throw new Error(r.stderr);
  return { secret: r.stdout.trim(), public: r.stderr.trim() };
}

describeE2E('trust classes: fixed-output derivations are not vouched for like builds', () => {
  let snapshot: ReturnType<typeof snapshotProvisioning>;

  beforeAll(async () => {
    await ensureDaemon();
    snapshot = snapshotProvisioning();
  });
  afterAll(async () => {
    await restoreProvisioning(snapshot);
    rmSync(CACHE, { recursive: true, force: true });
    rmSync(WITNESS, { recursive: true, force: true });
  });

  it('by default a fetch is withheld: recorded with its class and the reason, absent from the cache', async () => {
    rmSync(CACHE, { recursive: true, force: true });
    const prov = provisionRunner({ cacheUrl: `file://${CACHE}` });
    const from = ledgerLength();
    const { fod, ia } = buildPair('default');
    const lines = await waitForLedgerPaths([fod, ia], 90_000, from);
    expect(lines.get(fod)).toMatchObject({ status: 'withheld', class: 'fixed-output', reason: expect.stringMatching(/NixOS\/ofborg#68/) });
    expect(lines.get(ia)).toMatchObject({ status: 'uploaded', class: 'input-addressed' });
    expect(existsSync(join(CACHE, `${storePathHash(fod)}.narinfo`))).toBe(false);
    const judged = consumerSubstitutes([fod], `file://${CACHE}`, prov.publicKey);
    expect(judged.code).not.toBe(0);
    expect(consumerSubstitutes([ia], `file://${CACHE}`, prov.publicKey).code).toBe(0);
  });

  it('with fixed-output: separate-key a fetch is signed by that key only', async () => {
    rmSync(CACHE, { recursive: true, force: true });
    const fo = keygen(`e2e-fixed-output-${process.pid}`);
    const prov = provisionRunner({
      cacheUrl: `file://${CACHE}`,
      fixedOutputSigningKey: fo.secret,
      extraArgs: ['--fixed-output', 'separate-key'],
    });
    expect(prov.report.fixedOutputPublicKey).toBe(fo.public);
    const from = ledgerLength();
    const { fod, ia } = buildPair('separate');
    const lines = await waitForLedgerPaths([fod, ia], 90_000, from);
    expect(lines.get(fod)).toMatchObject({ status: 'uploaded', class: 'fixed-output', key: fo.public.split(':')[0] });
    expect(lines.get(ia)).toMatchObject({ status: 'uploaded', class: 'input-addressed', key: prov.publicKey.split(':')[0] });
    // no CA field: Nix would take a content-addressed path with no signature at all (that is the attack)
    const narinfo = readFileSync(join(CACHE, `${storePathHash(fod)}.narinfo`), 'utf8');
    expect(narinfo).not.toMatch(/^CA:/m);
    expect(narinfo).toMatch(new RegExp(`^Sig: ${fo.public.split(':')[0]}:`, 'm'));
    // only the main key trusted: the fetch is refused, the build taken
    const mainOnly = consumerSubstitutes([fod], `file://${CACHE}`, prov.publicKey);
    expect(mainOnly.code, mainOnly.stderr).not.toBe(0);
    expect(mainOnly.stderr).toMatch(/not signed by any of the keys/);
    expect(consumerSubstitutes([ia], `file://${CACHE}`, prov.publicKey).code).toBe(0);
    // the fixed-output key trusted: the fetch is taken
    const foTrusted = consumerSubstitutes([fod], `file://${CACHE}`, fo.public);
    expect(foTrusted.code, foTrusted.stderr).toBe(0);
  });

  it('a witness with the same NarHash reproduces a fetch, which is then signed with the main key', async () => {
    rmSync(CACHE, { recursive: true, force: true });
    rmSync(WITNESS, { recursive: true, force: true });
    const w = keygen(`e2e-witness-${process.pid}`);
    const first = buildPair('witnessed', true);
    witnessHas([first.fod], w);
    const prov = provisionRunner({ cacheUrl: `file://${CACHE}`, extraArgs: ['--witness-cache', `file://${WITNESS} ${w.public}`] });
    const from = ledgerLength();
    const { fod } = buildPair('witnessed');
    expect(fod).toBe(first.fod);
    const line = (await waitForLedgerPaths([fod], 90_000, from)).get(fod);
    expect(line).toMatchObject({
      status: 'uploaded',
      class: 'fixed-output',
      key: prov.publicKey.split(':')[0],
      witness: { outcome: 'reproduced' },
    });
    const judged = consumerSubstitutes([fod], `file://${CACHE}`, prov.publicKey);
    expect(judged.code, judged.stderr).toBe(0);
  });

  it('a witness with another NarHash: diverged; withheld under on-divergence withhold, signed and reported under warn', async () => {
    rmSync(CACHE, { recursive: true, force: true });
    rmSync(WITNESS, { recursive: true, force: true });
    const w = keygen(`e2e-witness-${process.pid}`);
    const files = [randomDrv('withhold'), randomDrv('warn')];
    const theirs = files.map((f) => buildFile(f, true));
    witnessHas(theirs, w);
    const witnessArg = ['--witness-cache', `file://${WITNESS} ${w.public}`];
    for (const [i, mode] of (['withhold', 'warn'] as const).entries()) {
      provisionRunner({ cacheUrl: `file://${CACHE}`, extraArgs: [...witnessArg, '--on-divergence', mode] });
      const from = ledgerLength();
      const ours = buildFile(files[i]!, false);
      expect(ours).toBe(theirs[i]);
      const line = (await waitForLedgerPaths([ours], 90_000, from)).get(ours) as {
        status: string;
        reason?: string;
        witness: Record<string, { narHash: string }>;
      };
      expect(line.witness).toMatchObject({ outcome: 'diverged', by: `file://${WITNESS}` });
      expect(line.witness.ours!.narHash).not.toBe(line.witness.theirs!.narHash);
      if (mode === 'withhold') {
        expect(line).toMatchObject({ status: 'withheld', class: 'input-addressed' });
        expect(line.reason).toContain(line.witness.ours!.narHash);
        expect(line.reason).toContain(line.witness.theirs!.narHash);
        expect(existsSync(join(CACHE, `${storePathHash(ours)}.narinfo`))).toBe(false);
      } else expect(line).toMatchObject({ status: 'uploaded', class: 'input-addressed' });
    }
  });

  it('an unreachable witness never blocks an upload: unwitnessed, with why, within a bounded delay', async () => {
    rmSync(CACHE, { recursive: true, force: true });
    const w = keygen(`e2e-witness-${process.pid}`);
    // port 9 (discard) on loopback: nothing listens, refused at once; and a witness that accepts and never answers
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as AddressInfo).port;
    provisionRunner({
      cacheUrl: `file://${CACHE}`,
      extraArgs: ['--witness-cache', `http://127.0.0.1:9 ${w.public}`, '--witness-cache', `http://127.0.0.1:${port} ${w.public}`],
    });
    const from = ledgerLength();
    const started = Date.now();
    const ours = buildFile(randomDrv('unreachable'), false);
    const line = (await waitForLedgerPaths([ours], 90_000, from)).get(ours);
    const seconds = (Date.now() - started) / 1000;
    silent.close();
    expect(line).toMatchObject({ status: 'uploaded', witness: { outcome: 'unwitnessed', why: expect.stringMatching(/127\.0\.0\.1:9\b/) } });
    expect((line!.witness as { why: string }).why).toMatch(/no answer within 5 s/);
    process.stdout.write(`unreachable witnesses (refused, silent): build to ledger line in ${seconds.toFixed(2)} s\n`);
    expect(seconds).toBeLessThan(60);
  });
});
