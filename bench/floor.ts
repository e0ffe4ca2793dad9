/**
 * The floor: the least work any uploader must do per path — `nix-store --dump`, sha256 of the NAR, zstd
 * level 3 — with nothing written (the output goes nowhere), `concurrency` paths at a time, largest first.
 * Done the efficient way in Node: the dump's 64 KiB pipe reads are gathered into 1 MiB chunks and zstd
 * writes 1 MiB output chunks (Node's defaults, 64 KiB in and 16 KiB out, cost about a third of the speed:
 * every chunk is a round trip through the libuv thread pool).
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import zlib from 'node:zlib';
import { coalesce } from '../src/core/coalesce.js';
import { MeasurementError } from './measure.js';
import { rootEnv } from './workload.js';

export const CHUNK = 1024 * 1024;

function dumpHashCompress(path: string): Promise<void> {
  const child = spawn('nix-store', ['--dump', path], { stdio: ['ignore', 'pipe', 'pipe'], env: rootEnv() });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve, reject) =>
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new MeasurementError(`nix-store --dump ${path}: exit ${code}: ${stderr.trim()}`)),
    ),
  );
  const hash = createHash('sha256');
  const hashing = new Transform({
    transform(chunk: Buffer, _enc, done: TransformCallback) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const discard = new Writable({ write: (_chunk, _enc, done) => done() });
  const zstd = zlib.createZstdCompress({ chunkSize: CHUNK, params: { [zlib.constants.ZSTD_c_compressionLevel]: 3 } });
  return Promise.all([pipeline(child.stdout, coalesce(CHUNK), hashing, zstd, discard), exited]).then(() => {
    hash.digest();
  });
}

/** Wall seconds to dump, hash and compress every path, `concurrency` at a time, largest first (shortest makespan). */
export async function measureFloor(infos: readonly { path: string; narSize: number }[], concurrency: number): Promise<number> {
  const paths = [...infos].sort((a, b) => b.narSize - a.narSize).map((i) => i.path);
  const started = performance.now();
  let next = 0;
  const lane = async () => {
    while (next < paths.length) await dumpHashCompress(paths[next++]!);
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return (performance.now() - started) / 1000;
}
