import { spawnSync } from 'node:child_process';

/**
 * Once per e2e run: bundle dist/ from src/, so the suites exercise the code under test (the runner protocol,
 * provisioning and the worker all run dist/ as users do). Once, not per suite: suites never race a rebuild.
 */
export default function setup(): void {
  // The matrix runner (scripts/test.mjs) builds once before it runs the versions side by side.
  if (process.env.NTC_E2E !== '1' || process.env.NTC_DIST_BUILT === '1') return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`building dist/ failed: ${r.stderr}`);
}
