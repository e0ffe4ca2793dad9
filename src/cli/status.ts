import { collectStatus } from '../status/status.js';
import { parseCommandArgs } from './args.js';

/**
 * `status [--json]`: queue and ledger counts, readable by any user (as root from the queue directory itself);
 * exit 1 when the queue is stuck, so cron, Nagios or a systemd timer can alert.
 */
export function statusCommand(args: string[]): number {
  const { values } = parseCommandArgs('status', args, { json: { type: 'boolean', default: false } });
  const r = collectStatus();
  if (values.json) {
    process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    return r.stuck ? 1 : 0;
  }
  const w = r.worker.running ? `running (pid ${r.worker.pid})` : 'not running (the next build starts it)';
  const release = !r.installed
    ? 'not provisioned'
    : `${r.installed.version}${r.installed.matches === false ? ", not this CLI's build: provision again to upgrade" : r.installed.matches ? ' (this build)' : ''}`;
  process.stdout.write(
    [
      `installed: ${release}`,
      `worker:    ${w}`,
      `queued:    ${r.queued}${r.oldestSeconds !== undefined ? `, the oldest for ${r.oldestSeconds} s` : ''} (from the ${r.source === 'queue' ? 'queue directory' : "worker's status file"})`,
      `in flight: ${r.inflight}`,
      `failed entries kept for retry: ${r.failedEntries}`,
      `settled:   ${r.settled.uploaded} uploaded, ${r.settled.skipped} skipped, ${r.settled.failed} failed, ${r.settled.refused} refused, ${r.settled.withheld} withheld`,
      ...(r.lastUpload ? [`last upload: ${r.lastUpload.time} ${r.lastUpload.path}`] : []),
      ...(r.lastError ? [`last error:  ${r.lastError.time} ${r.lastError.status} ${r.lastError.path}: ${r.lastError.reason}`] : []),
      ...(r.stuck ? [`STUCK:     ${r.stuck}`] : []),
    ].join('\n') + '\n',
  );
  return r.stuck ? 1 : 0;
}
