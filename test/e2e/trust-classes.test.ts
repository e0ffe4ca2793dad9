/**
 * Trust classes end to end (issue 12), on each Nix of the matrix: builds by the unprivileged runner user,
 * uploaded by the provisioned worker to a file:// cache, judged by a fresh store with require-sigs.
 * - A fixed-output derivation (a fetch: builtins.derivation with outputHash, whose builder writes known
 *   bytes) is withheld by default: recorded as such, never in the cache, never substitutable.
 * - With fixed-output: separate-key it is signed by that key only: a consumer trusting only the main key
 *   refuses it, one trusting the fixed-output key takes it.
 * - The input-addressed build of the same job is signed with the main key either way.
 */
import { createHash } from 'node:crypto';
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

/** One fixed-output derivation (flat sha256 of `bytes`) and one input-addressed one, built as the runner. */
function buildPair(tag: string): { fod: string; ia: string } {
  const bytes = `fetched-${tag}-${process.pid}-${Date.now()}`; // shell- and Nix-string-safe as it is
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
  const r = asRunner('nix-build', ['--no-out-link', file]);
  rmSync(dir, { recursive: true, force: true });
  if (r.code !== 0) throw new Error(`nix-build failed: ${r.stderr}`);
  const [fod, ia] = r.stdout.split('\n').filter(Boolean);
  return { fod: fod!, ia: ia! };
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
});
