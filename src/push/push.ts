import { ensureCacheInfo, retryHintOf } from '../cache/backend.js';
import { errorMessage } from '../core/errors.js';
import type { PathInfo } from '../nix/store.js';
import { runInDependencyOrder } from './schedule.js';
import { uploadPath, type UploadContext, type UploadResult } from './upload-path.js';

export type PushResult =
  UploadResult | (Omit<UploadResult, 'status'> & { status: 'failed'; reason: string; retryAfterSeconds?: number; retryable: boolean });

export interface PushOptions {
  concurrency: number;
  onResult?: (r: PushResult) => void;
}

/**
 * Uploads `infos` (references before referrers, `concurrency` at a time). One path's failure does not stop
 * the others; every path gets exactly one result.
 */
export async function pushPaths(ctx: UploadContext, infos: readonly PathInfo[], opts: PushOptions): Promise<PushResult[]> {
  await ensureCacheInfo(ctx.cache);
  const byPath = new Map(infos.map((i) => [i.path, i]));
  const results: PushResult[] = [];
  const nodes = infos.map((i) => ({ path: i.path, references: i.references, weight: i.narSize }));
  await runInDependencyOrder(nodes, opts.concurrency, async (node) => {
    const info = byPath.get(node.path)!;
    const started = performance.now();
    let result: PushResult;
    try {
      result = await uploadPath(ctx, info);
    } catch (err) {
      const e = retryHintOf(err);
      result = {
        path: info.path,
        status: 'failed',
        narSize: info.narSize,
        fileSize: 0,
        seconds: Math.round(performance.now() - started) / 1000,
        reason: errorMessage(err),
        retryable: e.retryable,
      };
      if (e.retryAfterSeconds !== undefined) result.retryAfterSeconds = e.retryAfterSeconds;
    }
    results.push(result);
    opts.onResult?.(result);
  });
  return results;
}
