import { normalizeSha256 } from '../core/hash.js';
import { isStorePath } from '../core/store-path.js';
import { nixCommand, run } from './commands.js';

/** What the Nix database records about a valid store path. */
export interface PathInfo {
  path: string;
  narHash: string; // sha256:<nix32>
  narSize: number;
  references: string[];
  deriver?: string;
  ca?: string;
}

/** The path is not (or no longer) valid in the store, e.g. garbage-collected before upload. */
export class PathGoneError extends Error {
  constructor(readonly storePath: string) {
    super(`${storePath} is not in the Nix store (garbage-collected or never built)`);
    this.name = 'PathGoneError';
  }
}

const NIX = ['--extra-experimental-features', 'nix-command'];

interface RawPathInfo {
  path: string;
  valid?: boolean;
  narHash?: string;
  narSize?: number;
  references?: string[];
  deriver?: string;
  ca?: string;
}

/** Converts `nix path-info --json` output (Nix 2.8's SRI or older nix32 hashes) to PathInfo records. */
export function parsePathInfoJson(json: string): (PathInfo | { path: string; valid: false })[] {
  const raw = JSON.parse(json) as RawPathInfo[];
  return raw.map((r) => {
    if (r.valid === false || !r.narHash) return { path: r.path, valid: false as const };
    const info: PathInfo = {
      path: r.path,
      narHash: normalizeSha256(r.narHash),
      narSize: r.narSize ?? 0,
      references: [...(r.references ?? [])].sort(),
    };
    if (r.deriver) info.deriver = r.deriver;
    if (r.ca) info.ca = r.ca;
    return info;
  });
}

/** Reads path info from the Nix database; throws PathGoneError for the first path that is not valid. */
export async function queryPathInfos(paths: readonly string[]): Promise<PathInfo[]> {
  if (paths.length === 0) return [];
  for (const p of paths) if (!isStorePath(p)) throw new Error(`not a store path: ${JSON.stringify(p)}`);
  const res = await run(nixCommand('nix'), [...NIX, 'path-info', '--json', '--', ...paths]);
  if (res.code !== 0) {
    const gone = /path '([^']+)' is not valid/.exec(res.stderr);
    if (gone) throw new PathGoneError(gone[1]!);
    throw new Error(`nix path-info failed: ${res.stderr.trim().split('\n').pop()}`);
  }
  const out: PathInfo[] = [];
  for (const r of parsePathInfoJson(res.stdout)) {
    if (!('narHash' in r)) throw new PathGoneError(r.path);
    out.push(r);
  }
  return out;
}

/** The closure of `paths` (the paths and everything they reference). */
export async function queryClosure(paths: readonly string[]): Promise<string[]> {
  const res = await run(nixCommand('nix-store'), ['--query', '--requisites', '--', ...paths]);
  if (res.code !== 0) throw new Error(`nix-store --query --requisites failed: ${res.stderr.trim().split('\n').pop()}`);
  return res.stdout.split('\n').filter(Boolean);
}

/** The outputs of a derivation (Nix 2.8 leaves OUT_PATHS empty in post-build-hooks, so the worker asks). */
export async function queryOutputs(drvPath: string): Promise<string[]> {
  const res = await run(nixCommand('nix-store'), ['--query', '--outputs', '--', drvPath]);
  if (res.code !== 0) throw new Error(`nix-store --query --outputs ${drvPath} failed: ${res.stderr.trim().split('\n').pop()}`);
  return res.stdout.split('\n').filter(Boolean);
}
