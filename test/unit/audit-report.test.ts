import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/errors.js';
import { applyPolicy, buildReport, parseTrustPolicy, renderReportMarkdown, renderReportText, verdictOf } from '../../src/audit/report.js';
import type { Check, CheckStatus } from '../../src/audit/types.js';

const c = (id: string, status: CheckStatus, seen = `${id} seen`): Check => ({ id, title: `${id} title`, status, seen, fix: `Fix ${id}.` });

const allPass = buildReport('ntc-runner', [c('require-sigs', 'pass'), c('sandbox', 'pass')]);
const withFail = buildReport('ntc-runner', [c('require-sigs', 'pass'), c('sandbox', 'fail', 'sandbox = false')]);
const withSudo = buildReport('ntc-runner', [c('require-sigs', 'pass'), c('passwordless-sudo', 'warn', 'NOPASSWD: ALL')]);
const withOtherWarn = buildReport('ntc-runner', [c('cache-answers', 'warn', 'no nix-cache-info yet')]);

describe('verdict', () => {
  it('is the worst status', () => {
    expect(verdictOf([])).toBe('pass');
    expect(allPass.verdict).toBe('pass');
    expect(withSudo.verdict).toBe('warn');
    expect(withFail.verdict).toBe('fail');
    expect(verdictOf([c('a', 'warn'), c('b', 'fail'), c('c', 'pass')])).toBe('fail');
  });
});

describe('trust policy', () => {
  it('strict fails on a failed check and on passwordless sudo, not on other warnings', () => {
    expect(applyPolicy(allPass, 'strict')).toEqual({ failStep: false, reasons: [], warnings: [] });
    expect(applyPolicy(withFail, 'strict')).toEqual({ failStep: true, reasons: ['sandbox title: sandbox = false'], warnings: [] });
    expect(applyPolicy(withSudo, 'strict')).toEqual({ failStep: true, reasons: ['passwordless-sudo title: NOPASSWD: ALL'], warnings: [] });
    expect(applyPolicy(withOtherWarn, 'strict')).toEqual({
      failStep: false,
      reasons: [],
      warnings: ['cache-answers title: no nix-cache-info yet'],
    });
  });
  it('warn fails on a failed check and only warns about passwordless sudo', () => {
    expect(applyPolicy(withFail, 'warn').failStep).toBe(true);
    expect(applyPolicy(withSudo, 'warn')).toEqual({ failStep: false, reasons: [], warnings: ['passwordless-sudo title: NOPASSWD: ALL'] });
    expect(applyPolicy(allPass, 'warn').failStep).toBe(false);
  });
  it('off never fails and reports every problem as a warning', () => {
    expect(applyPolicy(withFail, 'off')).toEqual({ failStep: false, reasons: [], warnings: ['sandbox title: sandbox = false'] });
    expect(applyPolicy(withSudo, 'off').failStep).toBe(false);
  });
  it('parses strict|warn|off and refuses anything else as a usage error (exit 2)', () => {
    expect(parseTrustPolicy('strict')).toBe('strict');
    expect(parseTrustPolicy('off')).toBe('off');
    let err: unknown;
    try {
      parseTrustPolicy('maybe');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).exitCode).toBe(2);
    expect((err as UserError).message).toBe('trust must be one of strict, warn, off, not "maybe"');
  });
});

describe('markdown for the job summary', () => {
  it('has a heading with the verdict, the policy outcome and one table row per check, fixes only where needed', () => {
    const md = renderReportMarkdown(withFail, { trust: 'warn', result: applyPolicy(withFail, 'warn') });
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toBe('### Trust audit for `ntc-runner`: ❌ fail');
    expect(md).toContain('1 failed, 0 warnings, 1 passed.');
    expect(md).toContain('Policy `trust: warn` fails the step.');
    expect(lines).toContain('| | Check | Seen | Fix |');
    expect(lines).toContain('| ✅ | require-sigs title | require-sigs seen |  |');
    expect(lines).toContain('| ❌ | sandbox title | sandbox = false | Fix sandbox. |');
    expect(lines.filter((l) => l.startsWith('| ') && !l.startsWith('| |'))).toHaveLength(2);
  });
  it('keeps each row one row: pipes and newlines in what was seen are escaped', () => {
    const md = renderReportMarkdown(buildReport('u', [c('x', 'warn', 'a | b\nc <script>')]));
    const row = md.split('\n').find((l) => l.startsWith('| ⚠️'))!;
    expect(row).toBe('| ⚠️ | x title | a \\| b c \\<script\\> | Fix x. |');
  });
});

describe('text for the CLI', () => {
  it('lists every check, the fix under each problem, and the policy outcome', () => {
    const text = renderReportText(withSudo, { trust: 'strict', result: applyPolicy(withSudo, 'strict') });
    expect(text.split('\n')).toEqual([
      'trust audit for ntc-runner: WARN (0 failed, 1 warnings, 1 passed)',
      '  [pass] require-sigs title: require-sigs seen',
      '  [WARN] passwordless-sudo title: NOPASSWD: ALL',
      '         fix: Fix passwordless-sudo.',
      'policy trust=strict: FAILS (1 problem)',
      '',
    ]);
    expect(renderReportText(withSudo, { trust: 'warn', result: applyPolicy(withSudo, 'warn') })).toContain(
      'policy trust=warn: ok with 1 warning\n',
    );
  });
});
