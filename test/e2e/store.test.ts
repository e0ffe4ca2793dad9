/**
 * The seam to Nix (src/nix/store.ts), checked against the real Nix of this run's version: LocalStore's path
 * info, closures, derivation outputs and NAR serialisation must equal what this Nix's own plain-text
 * commands say (`nix-store --query …`, `nix-store --dump`: one value per line, the same on 2.8 → 2.34).
 * Trees hold what real store paths hold: nested directories, executables, symlinks, empty and large files,
 * non-ASCII names, references to other paths, several outputs.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalizeSha256 } from '../../src/core/hash.js';
import { narChunks } from '../../src/nix/nar.js';
import { LocalStore } from '../../src/nix/store-db.js';
import { asRunner, describeE2E, ensureDaemon, sh } from './rig/rig.js';

function query(flag: string, path: string): string[] {
  const r = sh('nix-store', ['--query', flag, path]);
  if (r.code !== 0) throw new Error(`nix-store --query ${flag} ${path}: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

const EXPR = (salt: string) => `
let
  lib = derivation { name = "seam-lib"; system = builtins.currentSystem; builder = "/bin/sh"; salt = "${salt}";
    args = [ "-c" "mkdir -p $out/lib/deep/er/still; echo lib > $out/lib/deep/er/still/file; : > $out/empty; head -c 3000000 /dev/urandom > $out/big; ln -s lib/deep $out/link; ln -s /nonexistent/target $out/dangling" ]; };
  app = derivation { name = "seam-app"; system = builtins.currentSystem; builder = "/bin/sh"; inherit lib; salt = "${salt}";
    outputs = [ "out" "dev" ];
    args = [ "-c" "mkdir -p $out/bin $dev; printf '#!/bin/sh\\\\necho %s\\\\n' $lib > $out/bin/app; chmod 555 $out/bin/app; echo é > $out/'naïve ünïcode'; echo $out > $dev/ref; touch $out/Z $out/a $out/_ $out/.dot" ]; };
in [ lib app app.dev ]`;

describeE2E('the seam to Nix: LocalStore equals this Nix', () => {
  let store: LocalStore;
  let outs: string[];
  let drv: string;

  beforeAll(async () => {
    await ensureDaemon();
    const dir = mkdtempSync(join(tmpdir(), 'ntc-seam-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'default.nix'), EXPR(`${process.pid}-${Date.now()}`));
    chmodSync(join(dir, 'default.nix'), 0o644);
    const r = asRunner('nix-build', ['--no-out-link', join(dir, 'default.nix')]);
    if (r.code !== 0) throw new Error(`nix-build failed: ${r.stderr}`);
    outs = r.stdout.split('\n').filter(Boolean);
    drv = query('--deriver', outs[1]!)[0]!;
    store = new LocalStore();
  });
  afterAll(() => store?.close());

  it('reads path info as the database has it (hash, size, references, deriver)', () => {
    expect(outs).toHaveLength(3);
    for (const p of outs) {
      const info = store.pathInfo(p)!;
      expect(info, p).toBeDefined();
      expect(info.narHash).toBe(normalizeSha256(query('--hash', p)[0]!));
      expect(info.narSize).toBe(Number(query('--size', p)[0]));
      expect(info.references).toEqual(query('--references', p).sort());
      expect(info.deriver).toBe(query('--deriver', p)[0]);
    }
    expect(store.pathInfo(outs[1]!)!.references).toContain(outs[0]);
  });

  it('serialises NARs byte for byte as nix-store --dump does', () => {
    for (const p of outs) {
      const ours = Buffer.concat([...narChunks(p)]);
      const theirs = sh('sh', ['-c', `nix-store --dump '${p}' | sha256sum`]).stdout.split(' ')[0];
      expect(createHash('sha256').update(ours).digest('hex'), p).toBe(theirs);
      expect(ours.length).toBe(store.pathInfo(p)!.narSize);
    }
  });

  it('computes closures and derivation outputs as nix-store does', () => {
    expect(store.closure([outs[1]!])).toEqual(query('--requisites', outs[1]!).sort());
    expect(store.derivationOutputs(drv)!.sort()).toEqual(query('--outputs', drv).sort());
    expect(store.derivationText(drv)).toMatch(/^Derive\(\[\("dev",/);
  });

  it('says a path is not valid once it is garbage-collected', () => {
    const r = sh('nix-store', ['--delete', outs[2]!]);
    expect(r.code, r.stderr).toBe(0);
    expect(store.pathInfo(outs[2]!)).toBeUndefined();
  });
});
