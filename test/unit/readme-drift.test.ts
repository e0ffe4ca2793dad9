/**
 * The README stays true to the code: its inputs/outputs tables are what `node scripts/readme-tables.mjs`
 * generates from action.yml, and its test command is the one `.ci/run` runs.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCRIPT = join(ROOT, 'scripts/readme-tables.mjs');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const ACTION = readFileSync(join(ROOT, 'action.yml'), 'utf8');

function tables(args: string[]) {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = mkdtempSync(join(tmpdir(), 'ntc-readme-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of README.md and action.yml to edit; returns the args that point the script at them. */
function copies(edit: { readme?: (s: string) => string; action?: (s: string) => string }): { args: string[]; readme: string } {
  const dir = mkdtempSync(join(temp, 'case-'));
  const readme = join(dir, 'README.md');
  const action = join(dir, 'action.yml');
  writeFileSync(readme, edit.readme ? edit.readme(README) : README);
  if (edit.action) writeFileSync(action, edit.action(ACTION));
  else copyFileSync(join(ROOT, 'action.yml'), action);
  return { args: ['--readme', readme, '--action', action], readme };
}

/** Every `name:` key directly under a top-level section of action.yml. */
function actionKeys(section: 'inputs' | 'outputs'): string[] {
  const body = new RegExp(`^${section}:\\n([\\s\\S]*?)(?=^\\S|(?![\\s\\S]))`, 'm').exec(ACTION)?.[1] ?? '';
  return [...body.matchAll(/^ {2}([a-z0-9-]+):\s*$/gm)].map((m) => m[1]!);
}

describe('README tables generated from action.yml', () => {
  it('match action.yml (node scripts/readme-tables.mjs --check)', () => {
    const r = tables(['--check']);
    expect(r.stderr + r.stdout).toMatch(/match/);
    expect(r.code, r.stderr).toBe(0);
  });

  it('list every input and output of action.yml, in order', () => {
    const section = (start: string, end: string) => README.slice(README.indexOf(start), README.indexOf(end));
    const rows = (text: string) => [...text.matchAll(/^\| `([a-z0-9-]+)` +\|/gm)].map((m) => m[1]);
    expect(rows(section('<!-- inputs:start -->', '<!-- inputs:end -->'))).toEqual(actionKeys('inputs'));
    expect(rows(section('<!-- outputs:start -->', '<!-- outputs:end -->'))).toEqual(actionKeys('outputs'));
    expect(actionKeys('inputs').length).toBeGreaterThan(10);
    expect(actionKeys('outputs').length).toBeGreaterThan(5);
  });

  it('--check fails (exit 1) when a description changes in action.yml, and write mode repairs the README', () => {
    const c = copies({ action: (s) => s.replace('NAR compression in the cache', 'How NARs are compressed in the cache') });
    const check = tables(['--check', ...c.args]);
    expect(check.code).toBe(1);
    expect(check.stderr).toMatch(/differ/);
    expect(check.stderr).toMatch(/How NARs are compressed/);
    expect(tables(c.args).code).toBe(0);
    expect(readFileSync(c.readme, 'utf8')).toMatch(/How NARs are compressed in the cache/);
    expect(tables(['--check', ...c.args]).code).toBe(0);
  });

  it('--check fails when an input is added or a default changes', () => {
    const added = copies({
      action: (s) => s.replace('\noutputs:', "\n  new-input:\n    description: Something new.\n    default: 'x'\n\noutputs:"),
    });
    expect(tables(['--check', ...added.args]).code).toBe(1);
    const changed = copies({ action: (s) => s.replace("default: '300'", "default: '600'") });
    expect(tables(['--check', ...changed.args]).code).toBe(1);
  });

  it('--check fails when a README table was edited by hand', () => {
    const c = copies({ readme: (s) => s.replace(/^(\| `summary` +\| )`true` /m, '$1`off`  ') });
    expect(readFileSync(c.readme, 'utf8')).not.toBe(README);
    expect(tables(['--check', ...c.args]).code).toBe(1);
  });

  it('write mode leaves the text outside the markers alone', () => {
    const c = copies({ readme: (s) => s.replace(/(<!-- outputs:start -->)[\s\S]*?(<!-- outputs:end -->)/, '$1\n$2') });
    expect(tables(c.args).code).toBe(0);
    expect(readFileSync(c.readme, 'utf8')).toBe(README);
  });

  it('reads folded (>-) and inline descriptions, quoted and plain defaults', async () => {
    const m = (await import(SCRIPT)) as {
      parseActionYml: (t: string) => {
        inputs: Array<{ name: string; description: string; default?: string; required: boolean }>;
        outputs: Array<{ name: string; description: string }>;
      };
    };
    const { inputs, outputs } = m.parseActionYml(ACTION);
    const input = (n: string) => inputs.find((i) => i.name === n)!;
    expect(input('cache').description).toMatch(/^Where the worker uploads: s3:\/\/BUCKET\?.* Needed with signing-key\.$/);
    expect(input('cache').description).not.toMatch(/\n| {2}/);
    expect(input('upload-concurrency')).toMatchObject({ default: '4', required: false });
    expect(input('install').default).toBe('auto');
    expect(input('signing-key').default).toBe('');
    expect(outputs.find((o) => o.name === 'trust-report')!.description).toMatch(/JSON/);
  });
});

describe('README test command', () => {
  it('is exactly the command .ci/run runs', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8');
    const testCommand = /^NTC_E2E=1 npm test$/m;
    expect(ci).toMatch(testCommand);
    // The Quick start's code blocks: the demo line and the test line.
    const quick = README.slice(README.indexOf('## Quick start'), README.indexOf('## Usage'));
    const blocks = [...quick.matchAll(/```sh\n([\s\S]*?)```/g)].map((b) => b[1]!.trim());
    expect(blocks).toEqual(['npm install && npm run demo', 'NTC_E2E=1 npm test']);
    // The command lines .ci/run executes that run the test suite: exactly the README's.
    const ciTestLines = ci.split('\n').filter((l) => /^\s*[A-Z_0-9=\s]*npm (run )?test\b/.test(l));
    expect(ciTestLines.map((l) => l.trim())).toEqual([blocks[1]]);
  });

  it('the demo command matches package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.demo).toBe('bash scripts/demo.sh');
  });
});
