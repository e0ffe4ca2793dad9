import { UserError } from '../core/errors.js';
import { LAYOUT } from '../layout.js';
import { QueueDir } from '../worker/queue.js';

/** `retry`: puts entries that used all their tries back in the queue (root). */
export function retryCommand(): number {
  if (process.getuid?.() !== 0) throw new UserError('retry needs root: the queue is root-only');
  const n = new QueueDir(LAYOUT.queueDir, LAYOUT.failedDir).requeueFailed();
  process.stdout.write(
    `requeued ${n} failed entr${n === 1 ? 'y' : 'ies'}; the worker picks them up with the next build or now if running\n`,
  );
  return 0;
}
