/**
 * One timed upload of the workload's closure, end to end (dump, hash, compress, sign, write), into a fresh
 * cache that is removed afterwards: ours (`cli push --closure`) to file:// or to s3rver, or the baseline
 * `nix copy` to file:// with xz or zstd. Each returns wall seconds, start-up and path queries included.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchConfig } from './config.js';
import { mustRun } from './measure.js';
import { S3_ENV, startS3rver, type RequestCounts, type S3Server } from './s3rver.js';
import { rootEnv } from './workload.js';

export type Compression = 'zstd' | 'xz';

let seq = 0;
function freshDir(cfg: BenchConfig, what: string): string {
  const dir = join(cfg.work, `run-${process.pid}-${++seq}-${what}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

function pushArgs(cfg: BenchConfig, cacheUrl: string, compression: Compression, paths: string[], closure: boolean): string[] {
  return [
    cfg.cli,
    'push',
    '--cache',
    cacheUrl,
    '--signing-key-file',
    cfg.keyFile,
    '--compression',
    compression,
    ...(closure ? ['--closure'] : []),
    ...paths,
  ];
}

/** Ours to a fresh file:// cache: wall seconds and peak RSS (VmHWM of the push process, threads included). */
export async function oursToFile(
  cfg: BenchConfig,
  root: string,
  compression: Compression = 'zstd',
): Promise<{ seconds: number; peakRssBytes: number }> {
  const dir = freshDir(cfg, `ours-file-${compression}`);
  try {
    const r = await mustRun(`push to file:// (${compression})`, cfg.node, pushArgs(cfg, `file://${dir}`, compression, [root], true), {
      env: rootEnv(),
      peakRss: true,
    });
    return { seconds: r.seconds, peakRssBytes: r.peakRssBytes ?? NaN };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Ours to a fresh s3rver (started before and stopped after the timed part). With `peakRss`, also VmHWM. */
export async function oursToS3(
  cfg: BenchConfig,
  paths: string[],
  opts: { compression?: Compression; closure?: boolean; peakRss?: boolean } = {},
): Promise<{ seconds: number; peakRssBytes?: number; requests?: RequestCounts }> {
  const args = (server: S3Server) => pushArgs(cfg, server.url, opts.compression ?? 'zstd', paths, opts.closure ?? true);
  const { result: r, requests } = await withS3rver(cfg, 'ours-s3', (server) =>
    mustRun('push to s3rver', cfg.node, args(server), { env: { ...rootEnv(), ...S3_ENV }, peakRss: opts.peakRss ?? false }),
  );
  return {
    seconds: r.seconds,
    ...(r.peakRssBytes !== undefined ? { peakRssBytes: r.peakRssBytes } : {}),
    ...(requests ? { requests } : {}),
  };
}

/** Runs `fn` against a fresh s3rver, stopped (and its data removed) afterwards: its answer and the requests it saw. */
async function withS3rver<T>(
  cfg: BenchConfig,
  what: string,
  fn: (server: S3Server) => Promise<T>,
): Promise<{ result: T; requests?: RequestCounts }> {
  const dir = freshDir(cfg, what);
  const server = await startS3rver(cfg.repo, dir, 'bench');
  let requests: RequestCounts | undefined;
  let result: T;
  try {
    result = await fn(server);
  } finally {
    requests = await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return requests ? { result, requests } : { result };
}

/**
 * `nix copy`'s destination options at their fastest: zstd compresses on all cores with
 * parallel-compression=true (the issue's baseline); xz is Nix's default and has no parallel mode here.
 */
function nixCopyOptions(cfg: BenchConfig, compression: Compression): string {
  return `compression=${compression}${compression === 'zstd' ? '&parallel-compression=true' : ''}&secret-key=${cfg.keyFile}`;
}

/**
 * `nix copy` with a narinfo disk cache of its own: Nix remembers which paths a binary cache holds
 * (~/.cache/nix), and a fresh cache at a URL it saw before (s3rver on a port used again) would be skipped.
 */
function nixCopy(to: string, path: string, what: string, opts: { peakRss?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  const xdg = mkdtempSync(join(tmpdir(), 'ntc-bench-xdg-'));
  return mustRun(what, 'nix', ['--extra-experimental-features', 'nix-command', 'copy', '--to', to, path], {
    env: { ...rootEnv(), ...opts.env, XDG_CACHE_HOME: xdg },
    peakRss: opts.peakRss ?? false,
  }).finally(() => rmSync(xdg, { recursive: true, force: true }));
}

/** The baseline: `nix copy` (Nix's own binary-cache writer, signing with the same key) to a fresh file:// cache. */
export async function nixCopyToFile(
  cfg: BenchConfig,
  path: string,
  compression: Compression,
  opts: { peakRss?: boolean } = {},
): Promise<{ seconds: number; peakRssBytes?: number }> {
  const dir = freshDir(cfg, `nix-copy-${compression}`);
  try {
    const r = await nixCopy(`file://${dir}?${nixCopyOptions(cfg, compression)}`, path, `nix copy (${compression})`, opts);
    return r.peakRssBytes === undefined ? { seconds: r.seconds } : { seconds: r.seconds, peakRssBytes: r.peakRssBytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The baseline to S3: `nix copy` to a fresh s3rver through Nix's own s3:// store (Nix 2.34 has one). */
export async function nixCopyToS3(cfg: BenchConfig, path: string): Promise<{ seconds: number; requests?: RequestCounts }> {
  const { result: r, requests } = await withS3rver(cfg, 'nix-copy-s3', (server) => {
    const to = `s3://${server.bucket}?endpoint=http://127.0.0.1:${server.port}&region=us-east-1&${nixCopyOptions(cfg, 'zstd')}`;
    return nixCopy(to, path, 'nix copy (zstd) to s3rver', { env: S3_ENV });
  });
  return requests ? { seconds: r.seconds, requests } : { seconds: r.seconds };
}
