import { LAYOUT } from '../layout.js';
import { readLedger } from '../worker/ledger.js';
import { readStatus } from '../worker/status-file.js';
import { parseCommandArgs } from './args.js';
import { processAlive } from '../core/process.js';

export interface StatusReport {
  worker: { running: boolean; pid?: number; updatedAt?: string };
  queued: number;
  inflight: number;
  failedEntries: number;
  settled: Record<'uploaded' | 'skipped' | 'failed' | 'refused' | 'withheld', number>;
}

export function collectStatus(): StatusReport {
  const s = readStatus(LAYOUT.status);
  const settled = { uploaded: 0, skipped: 0, failed: 0, refused: 0, withheld: 0 };
  for (const l of readLedger(LAYOUT.ledger)) if (l.status in settled) settled[l.status]++;
  const running = s ? processAlive(s.pid) : false;
  const report: StatusReport = {
    worker: { running },
    queued: running ? (s?.queued.length ?? 0) : (s?.queued.length ?? 0) + (s?.inflight.length ?? 0),
    inflight: running ? (s?.inflight.length ?? 0) : 0,
    failedEntries: s?.failed ?? 0,
    settled,
  };
  if (s) {
    report.worker.pid = s.pid;
    report.worker.updatedAt = new Date(s.updatedAt).toISOString();
  }
  return report;
}

/** `status [--json]`: queue and ledger counts; readable by any user (status.json and the ledger are 0644). */
export function statusCommand(args: string[]): number {
  const { values } = parseCommandArgs('status', args, { json: { type: 'boolean', default: false } });
  const r = collectStatus();
  if (values.json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return 0;
  }
  const w = r.worker.running ? `running (pid ${r.worker.pid})` : 'not running (the next build starts it)';
  process.stdout.write(
    [
      `worker:    ${w}`,
      `queued:    ${r.queued}`,
      `in flight: ${r.inflight}`,
      `failed entries kept for retry: ${r.failedEntries}`,
      `settled:   ${r.settled.uploaded} uploaded, ${r.settled.skipped} skipped, ${r.settled.failed} failed, ${r.settled.refused} refused, ${r.settled.withheld} withheld`,
    ].join('\n') + '\n',
  );
  return 0;
}
