#!/usr/bin/env node
// `npm test`. Without NTC_E2E=1: vitest as it is (unit tests; e2e suites skip, saying why).
// With NTC_E2E=1 (as root; .ci/run sets it): unit and e2e suites against the host's Nix, then the e2e suites
// again inside a Debian root per other Nix version of the matrix (scripts/nix-root.sh), one after another
// (they share loopback ports), then the systemd suite inside a Debian root booted under systemd-nspawn
// (scripts/nspawn-root.sh). It fails when any e2e file did not run, or skipped a test, where it belongs.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const repo = new URL('..', import.meta.url).pathname.replace(/\/$/, '');
const vitest = join(repo, 'node_modules/vitest/vitest.mjs');
const args = process.argv.slice(2);

if (process.env.NTC_E2E !== '1') {
  const r = spawnSync(process.execPath, [vitest, 'run', ...args], { stdio: 'inherit' });
  process.exit(r.status ?? 1);
}

// Debian suites whose nix-bin is a Nix version the project supports; the host is the first column.
const ROOTS = (process.env.NTC_MATRIX ?? 'trixie sid').split(/\s+/).filter(Boolean);
// Debian suites booted under systemd (nix-setup-systemd's socket-activated nix-daemon): only the systemd files
// run there, and only there (elsewhere they skip, saying so).
const SYSTEMD_ROOTS = (process.env.NTC_SYSTEMD_MATRIX ?? 'bookworm sid').split(/\s+/).filter(Boolean);
const SYSTEMD_FILES = ['test/e2e/systemd.test.ts'];
const rootsDir = process.env.NTC_ROOTS_DIR ?? '/var/cache/nix-trusted-cache-roots';
const results = join(repo, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
mkdirSync(rootsDir, { recursive: true });

const step = (title) => process.stdout.write(`\n=== ${title}\n`);
const run = (cmd, argv, env = {}) =>
  new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });

/** The environment and command that run the e2e project on `files` inside a root, writing results to `file`. */
const e2eRun = (file, files) => [
  `PATH=${repo}/node_modules/.bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
  'NTC_E2E=1',
  'NTC_DIST_BUILT=1',
  `NTC_RESULTS=${file}`,
  ...(process.env.CI ? [`CI=${process.env.CI}`] : []),
  'node',
  vitest,
  'run',
  '--project',
  'e2e',
  ...files,
];

// Roots build (debootstrap, apt) while the host's suites run: network and disk, little CPU.
const background = (script, suite, dir) =>
  new Promise((resolve) => {
    const child = spawn('bash', [join(repo, 'scripts', script), 'build', suite, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
const building = new Map();
for (const suite of ROOTS) building.set(suite, background('nix-root.sh', suite, join(rootsDir, suite)));
for (const suite of SYSTEMD_ROOTS)
  building.set(`systemd-${suite}`, background('nspawn-root.sh', suite, join(rootsDir, `systemd-${suite}`)));

step('build dist/ once for every version');
if ((await run(process.execPath, [join(repo, 'scripts/build.mjs')])) !== 0) process.exit(1);

const runs = [];
step(`host: ${spawnSync('nix', ['--version'], { encoding: 'utf8' }).stdout.trim() || 'no nix'}: unit and e2e suites`);
// The systemd files belong to the systemd stage: elsewhere they are left out, not run to skip.
const notSystemd = SYSTEMD_FILES.flatMap((f) => ['--exclude', f]);
await run(process.execPath, [vitest, 'run', ...notSystemd, ...args], { NTC_DIST_BUILT: '1', NTC_RESULTS: join(results, 'host.json') });
runs.push({ name: 'host', file: join(results, 'host.json') });

for (const suite of ROOTS) {
  const built = await building.get(suite);
  process.stdout.write(built.out);
  const file = join(results, `${suite}.json`);
  runs.push({ name: suite, file });
  if (built.code !== 0) {
    process.stdout.write(`::error::the ${suite} root could not be built: its suites did not run\n`);
    continue;
  }
  step(`${suite} root: e2e suites`);
  const inner = ['env', '-i', 'HOME=/root', ...e2eRun(file, [...notSystemd, ...args])];
  await run('bash', [join(repo, 'scripts/nix-root.sh'), 'run', join(rootsDir, suite), ...inner]);
}

// The systemd stage: boot the root, run the systemd files inside, stop it (by the pid boot recorded).
const nspawn = (...argv) => run('bash', [join(repo, 'scripts/nspawn-root.sh'), ...argv]);
const capture = (...argv) => spawnSync('bash', [join(repo, 'scripts/nspawn-root.sh'), ...argv], { encoding: 'utf8' }).stdout?.trim() ?? '';
for (const suite of SYSTEMD_ROOTS) {
  const name = `systemd-${suite}`;
  const built = await building.get(name);
  process.stdout.write(built.out);
  const file = join(results, `${name}.json`);
  runs.push({ name, file, systemd: true });
  if (built.code !== 0) {
    process.stdout.write(`::error::the ${name} root could not be built: its suite did not run\n`);
    continue;
  }
  const t0 = Date.now();
  step(`${name}: boot under systemd-nspawn`);
  if ((await nspawn('boot', join(rootsDir, name), `ntc-${name}`)) !== 0) {
    process.stdout.write(`::error::the ${name} container did not boot (systemd's words above): its suite did not run\n`);
    continue;
  }
  try {
    step(`${name}: ${capture('versions', `ntc-${name}`)}: systemd suite`);
    const inner = ['env', 'NTC_SYSTEMD=1', ...e2eRun(file, SYSTEMD_FILES)];
    await nspawn('exec', `ntc-${name}`, ...inner);
  } finally {
    await nspawn('stop', `ntc-${name}`);
    process.stdout.write(`${name} stage: ${((Date.now() - t0) / 1000).toFixed(1)}s (boot, suite, stop)\n`);
  }
}

// The matrix: every e2e file must have run, with no test skipped or failed, on every version: the systemd
// files in the systemd stage only, every other file everywhere else.
const belongs = (file, r) => SYSTEMD_FILES.includes(file) === Boolean(r.systemd);
const read = (f) => {
  try {
    return JSON.parse(readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
};
const seen = runs.map((r) => ({ ...r, res: read(r.file) }));
const e2eFiles = [...new Set([...seen.flatMap((r) => r.res?.files ?? []).map((f) => f.file), ...SYSTEMD_FILES])]
  .filter((f) => f.startsWith('test/e2e/'))
  .sort();
let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
step('matrix (passed/failed/skipped per e2e file and Nix version)');
const header = ['file', ...seen.map((r) => `${r.name}: ${r.res?.nix ?? 'did not run'}`)];
process.stdout.write(header.join(' | ') + '\n');
for (const file of e2eFiles) {
  const cells = seen.map((r) => {
    const c = r.res?.files.find((f) => f.file === file);
    if (!belongs(file, r)) return c && (c.failed || c.passed) ? `${c.passed}/${c.failed}/${c.skipped} (not its stage)` : '—';
    if (!c) {
      problems.push(`${file} did not run on ${r.name}`);
      return 'did not run';
    }
    if (c.failed || c.skipped || !c.passed) problems.push(`${file} on ${r.name} (${r.res.nix}): ${c.failed} failed, ${c.skipped} skipped`);
    return `${c.passed}/${c.failed}/${c.skipped}`;
  });
  process.stdout.write([file, ...cells].join(' | ') + '\n');
}
for (const r of seen) {
  if (!r.res) problems.push(`no results from ${r.name}: its run did not finish`);
  for (const c of r.res?.files ?? []) {
    passed += c.passed;
    failed += c.failed;
    skipped += c.skipped;
    if (!c.file.startsWith('test/e2e/') && (c.failed || c.skipped)) problems.push(`${c.file} on ${r.name}: ${c.failed} failed`);
    if (c.file.startsWith('test/e2e/') && !belongs(c.file, r) && (c.failed || c.passed))
      problems.push(`${c.file} ran on ${r.name}, which is not its stage (${c.passed} passed, ${c.failed} failed)`);
  }
}
for (const p of problems) process.stdout.write(`::error::${p}\n`);
process.stdout.write(
  `\ntests: ${passed} passed, ${failed + problems.filter((p) => /did not run|no results/.test(p)).length} failed, ${skipped} skipped\n`,
);
process.exit(problems.length > 0 ? 1 : 0);
