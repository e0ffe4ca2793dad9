/**
 * Runs the action's bundled entry points (dist/main.js, dist/post.js) the way the GitHub runner does
 * (docs/architecture.md, "Test rig"): every input as `INPUT_<NAME>` (upper-cased, spaces to `_`, dashes kept), fresh files for
 * GITHUB_OUTPUT, GITHUB_STATE and GITHUB_STEP_SUMMARY, and the main step's saved state as `STATE_<name>` for
 * post. As root (a provisioning job, a root runner) or as the unprivileged runner user (every other job).
 */
import { spawn, spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNNER } from './rig.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The Node that runs these tests (Node 24, what `runs.using: node24` gives); the system `node` may be older. */
export const NODE = process.execPath;
const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
export const STEP_PATH = `${dirname(NODE)}:${SYSTEM_PATH}`;

export interface ActionStepOptions {
  inputs: Record<string, string>;
  /** Run as the unprivileged runner user (RUNNER) through `runuser … env -i`, with NIX_REMOTE=daemon. */
  asRunner?: boolean;
  /** The main step's state, given to post as STATE_<name>. */
  state?: Record<string, string>;
  /** More environment for the step. */
  env?: Record<string, string>;
}

export interface ActionStepResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout without the `::add-mask::` commands (the runner consumes them; everything else reaches the log). */
  log: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  /** `::error…::message` lines on stdout (core.setFailed, core.error), unescaped. */
  errors: string[];
  warnings: string[];
  /** Values the step asked the runner to mask. */
  masks: string[];
}

/** `INPUT_<NAME>` as the runner (and core.getInput) spell it: upper case, spaces to `_`, dashes kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE file: `name<<DELIM\nvalue…\nDELIM` blocks (what @actions/core
 * writes) and plain `name=value` lines. A later value for a name wins, as on the runner.
 */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      let j = i + 1;
      for (; j < lines.length && lines[j] !== delim; j++) value.push(lines[j]!);
      if (j >= lines.length) throw new Error(`command file: no closing delimiter ${delim} for ${name}`);
      out[name!] = value.join('\n');
      i = j;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) throw new Error(`command file: malformed line ${JSON.stringify(line)}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

/** Workflow-command data escaping (%25, %0D, %0A), undone. */
function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** The messages of `::<command>[ props]::message` lines. */
function commands(stdout: string, command: string): string[] {
  const re = new RegExp(`^::${command}(?: [^:]*)?::(.*)$`);
  return stdout
    .split('\n')
    .map((l) => re.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => unescapeData(m[1]!));
}

function runnerIds(): { uid: number; gid: number } {
  const uid = spawnSync('id', ['-u', RUNNER], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', RUNNER], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) throw new Error(`no user ${RUNNER}: call ensureNixSetup() first`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

let nodeCheckedForRunner = false;
/** The runner user must be able to run the test's Node (every directory up the chain traversable). */
function assertRunnerCanRunNode(): void {
  if (nodeCheckedForRunner) return;
  const r = spawnSync('runuser', ['-u', RUNNER, '--', NODE, '--version'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${RUNNER} cannot run ${NODE} (check the mode of every directory up to it): ${r.stderr}`);
  if (!/^v(2[4-9]|[3-9]\d)\./.test(r.stdout.trim())) throw new Error(`${NODE} is ${r.stdout.trim()}, the action runs on Node 24`);
  nodeCheckedForRunner = true;
}

/** Runs a command to its end without blocking the event loop (a step may wait a minute for uploads). */
function runAsync(
  cmd: string,
  args: string[],
  opts: { cwd: string; env?: Record<string, string> },
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? {}, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', (e) => resolve({ code: 127, stdout: '', stderr: String(e) }));
    child.on('close', (code, signal) =>
      resolve({
        code: code ?? 128,
        stdout: Buffer.concat(out).toString(),
        stderr: Buffer.concat(err).toString() + (signal ? `killed by ${signal}` : ''),
      }),
    );
  });
}

/** Runs `node dist/<entry>.js` as one step of a job and collects what the runner would. */
export async function runActionStep(entry: 'main' | 'post', opts: ActionStepOptions): Promise<ActionStepResult> {
  const dir = mkdtempSync(join(tmpdir(), `ntc-step-${entry}-`));
  try {
    const files = { GITHUB_OUTPUT: join(dir, 'output'), GITHUB_STATE: join(dir, 'state'), GITHUB_STEP_SUMMARY: join(dir, 'summary') };
    for (const f of Object.values(files)) writeFileSync(f, '', { mode: 0o600 });
    const home = opts.asRunner ? `/home/${RUNNER}` : (process.env.HOME ?? '/root');
    if (opts.asRunner) {
      assertRunnerCanRunNode();
      const { uid, gid } = runnerIds();
      chownSync(dir, uid, gid);
      for (const f of Object.values(files)) chownSync(f, uid, gid);
    }
    const env: Record<string, string> = {
      PATH: STEP_PATH,
      HOME: home,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_TEMP: dir,
      ...files,
      ...(opts.asRunner ? { NIX_REMOTE: 'daemon' } : {}),
      ...Object.fromEntries(Object.entries(opts.inputs).map(([k, v]) => [inputEnvName(k), v])),
      ...Object.fromEntries(Object.entries(opts.state ?? {}).map(([k, v]) => [`STATE_${k}`, v])),
      ...opts.env,
    };
    const script = join(ROOT, 'dist', `${entry}.js`);
    const r = opts.asRunner
      ? await runAsync('runuser', ['-u', RUNNER, '--', 'env', '-i', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), NODE, script], {
          cwd: ROOT,
          env: { PATH: SYSTEM_PATH },
        })
      : await runAsync(NODE, [script], { cwd: ROOT, env });
    return {
      code: r.code,
      stdout: r.stdout,
      stderr: r.stderr,
      log: r.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
      outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      errors: commands(r.stdout, 'error'),
      warnings: commands(r.stdout, 'warning'),
      masks: commands(r.stdout, 'add-mask'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
