import { describe, expect, it } from 'vitest';
import { formatBytes, renderSummary, scopeSentence, SUMMARY_LIMIT, totalsOf } from '../../src/summary/summary.js';
import type { LedgerLine, Outcome } from '../../src/worker/ledger.js';

const T0 = Date.parse('2025-01-01T00:00:00Z');
let n = 0;

function line(status: Outcome, o: Partial<LedgerLine> = {}): LedgerLine {
  const i = n++;
  const hash = i
    .toString(32)
    .padStart(32, '0')
    .replace(/[eotu]/g, 'a');
  return {
    seq: `${(BigInt(T0) * 1_000_000n + BigInt(i)).toString()}-100`,
    drv: `/nix/store/${hash}-p${i}.drv`,
    path: `/nix/store/${hash}-p${i}`,
    status,
    narSize: 1000,
    fileSize: 400,
    seconds: 1,
    attempts: 1,
    time: new Date(T0 + i * 1000).toISOString(),
    ...o,
  };
}

describe('totalsOf', () => {
  it('counts outcomes, sums bytes of uploads only, and lists uploaded paths in order', () => {
    const lines = [
      line('uploaded', { narSize: 100, fileSize: 10 }),
      line('skipped', { narSize: 5000, fileSize: 0 }),
      line('uploaded', { narSize: 200, fileSize: 20 }),
      line('failed', { reason: 'S3 said no' }),
      line('refused', { reason: 'NAR hash differs' }),
      line('failed'),
    ];
    const t = totalsOf(lines, 7);
    expect(t).toMatchObject({ uploaded: 2, skipped: 1, failed: 2, refused: 1, pending: 7, narBytes: 300, uploadedBytes: 30 });
    expect(t.uploadedPaths).toEqual([lines[0]!.path, lines[2]!.path]);
  });

  it('measures upload time from the first start to the last end', () => {
    const a = line('uploaded', { time: new Date(T0 + 10_000).toISOString(), seconds: 4 }); // 6s … 10s
    const b = line('uploaded', { time: new Date(T0 + 12_000).toISOString(), seconds: 1 }); // 11s … 12s
    expect(totalsOf([b, a], 0).uploadSeconds).toBe(6);
    expect(totalsOf([line('skipped')], 0).uploadSeconds).toBe(0);
  });

  it('is all zeros for no lines', () => {
    expect(totalsOf([], 0)).toEqual({
      uploaded: 0,
      skipped: 0,
      failed: 0,
      refused: 0,
      withheld: 0,
      pending: 0,
      narBytes: 0,
      uploadedBytes: 0,
      uploadSeconds: 0,
      uploadedPaths: [],
      withheldPaths: [],
      divergedPaths: [],
      byClass: {},
      byWitness: {},
    });
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(5 * 1024 ** 2)).toBe('5.0 MiB');
    expect(formatBytes(3 * 1024 ** 3)).toBe('3.0 GiB');
    expect(formatBytes(2 * 1024 ** 5)).toBe('2048.0 TiB');
  });
});

describe('renderSummary', () => {
  const cache = 's3://cache?region=us-east-1';

  it('shows the totals row, the bytes and the cache', () => {
    const lines = [line('uploaded', { narSize: 2048, fileSize: 1024 }), line('skipped'), line('failed', { reason: 'boom' })];
    const md = renderSummary(totalsOf(lines, 2), lines, { cache });
    expect(md).toContain('## nix-trusted-cache');
    expect(md).toContain('| 1 | 1 | 0 | 1 | 0 | 2 |');
    expect(md).toContain(`2.0 KiB of NAR uploaded as 1.0 KiB to \`${cache}\``);
    expect(md).toContain('2 build(s) were still queued');
    expect(md).toContain('### Failed and refused');
    expect(md).toContain(`| failed | \`${lines[2]!.path}\` | boom |`);
  });

  it('lists uploaded and skipped paths, open when few', () => {
    const lines = [line('uploaded'), line('uploaded'), line('skipped')];
    const md = renderSummary(totalsOf(lines, 0), lines, { cache });
    expect(md).toContain('<details open><summary>3 path(s)</summary>');
    for (const l of lines) expect(md).toContain(`| \`${l.path}\` | ${l.status} |`);
    expect(md).not.toContain('Failed and refused');
    expect(md).not.toContain('still queued');
  });

  it('collapses more than ten paths and caps the rows', () => {
    const lines = Array.from({ length: 700 }, () => line('uploaded'));
    const md = renderSummary(totalsOf(lines, 0), lines, { cache });
    expect(md).toContain('<details><summary>700 path(s)</summary>');
    expect(md).toContain(lines[499]!.path);
    expect(md).not.toContain(lines[500]!.path);
    expect(md).toContain('… and 200 more');
  });

  it('escapes Markdown and HTML in text cells', () => {
    const bad = line('refused', { reason: 'a | b <script>alert(1)</script> & c\nsecond line' });
    const md = renderSummary(totalsOf([bad], 0), [bad], { cache });
    expect(md).toContain('a \\| b &lt;script&gt;alert(1)&lt;/script&gt; &amp; c second line');
    expect(md).not.toContain('<script>');
  });

  it('shows the cache URL and paths literally in code spans (no &amp; a code span would show as is)', () => {
    const s3 = 's3://cache?endpoint=127.0.0.1:9000&scheme=http&region=us-east-1';
    const l = line('uploaded');
    const md = renderSummary(totalsOf([l], 0), [l], { cache: s3 });
    expect(md).toContain(`to \`${s3}\` at `);
    expect(md).not.toContain('&amp;');
    expect(md).toContain(`| \`${l.path}\` | uploaded |`);
    // outside a table a | needs no escape; inside one it does; a backtick gets a longer fence
    expect(renderSummary(totalsOf([], 0), [], { cache: 'file:///tmp/a|b' })).toContain('to `file:///tmp/a|b`.');
    expect(renderSummary(totalsOf([], 0), [], { cache: 'file:///tmp/a`b' })).toContain('to `` file:///tmp/a`b ``.');
    const odd = line('failed', { path: '', drv: '/nix/store/x|y\nz', reason: 'r' });
    expect(renderSummary(totalsOf([odd], 0), [odd], { cache })).toContain('| failed | `/nix/store/x\\|y z` | r |');
  });

  it('cuts long reasons and caps the problem rows', () => {
    const lines = Array.from({ length: 150 }, (_, i) => line(i % 2 ? 'failed' : 'refused', { reason: 'x'.repeat(5000) }));
    const md = renderSummary(totalsOf(lines, 0), lines, { cache });
    expect(md).toContain('x'.repeat(400));
    expect(md).not.toContain('x'.repeat(401));
    expect(md).toContain('| … | 50 more | see the ledger on the runner |');
    expect(md.split('\n').filter((l) => /^\| (failed|refused) \|/.test(l))).toHaveLength(100);
  });

  it('appends the trust report', () => {
    const md = renderSummary(totalsOf([], 0), [], { cache, trustMarkdown: '### Trust\n\nall good' });
    expect(md.trimEnd().endsWith('### Trust\n\nall good')).toBe(true);
  });

  it('stays under 1 MiB for 10,000 ledger lines and keeps the totals', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) =>
      line((['uploaded', 'uploaded', 'skipped', 'failed', 'refused'] as const)[i % 5]!, {
        reason: i % 5 >= 3 ? 'r'.repeat(2000) : undefined,
      }),
    );
    const t = totalsOf(lines, 3);
    expect(t).toMatchObject({ uploaded: 4000, skipped: 2000, failed: 2000, refused: 2000, pending: 3 });
    const md = renderSummary(t, lines, { cache });
    expect(Buffer.byteLength(md)).toBeLessThan(SUMMARY_LIMIT);
    expect(md).toContain('| 4000 | 2000 | 0 | 2000 | 2000 | 3 |');
    expect(md).toContain('<details><summary>6000 path(s)</summary>');
  });

  it('truncates to under 1 MiB in bytes, even with multi-byte text, and says so', () => {
    for (const ch of ['x', 'é', '–', '😀']) {
      const md = renderSummary(totalsOf([line('uploaded')], 0), [], { cache, trustMarkdown: ch.repeat(SUMMARY_LIMIT) });
      expect(Buffer.byteLength(md), ch).toBeLessThanOrEqual(SUMMARY_LIMIT);
      expect(md).toContain('| 1 | 0 | 0 | 0 | 0 |');
      expect(md).toContain('truncated to stay under the 1 MiB summary limit');
      expect(Buffer.from(md).toString(), 'no split character').toBe(md);
    }
  });
});

describe('trust classes in the summary', () => {
  it('counts per class, lists withheld paths with the reason and the attack, and says the class of each path', () => {
    const lines = [
      line('uploaded', { class: 'input-addressed' }),
      line('withheld', { class: 'fixed-output', reason: 'fixed-output derivation (a fetch) … (NixOS/ofborg#68)' }),
      line('skipped'),
    ];
    const t = totalsOf(lines, 0);
    expect(t).toMatchObject({
      withheld: 1,
      withheldPaths: [lines[1]!.path],
      byClass: { 'input-addressed': 1, 'fixed-output': 1, unrecorded: 1 },
    });
    const md = renderSummary(t, lines, { cache: 'file:///srv/cache' });
    expect(md).toContain('| 1 | 1 | 1 | 0 | 0 | 0 |');
    expect(md).toContain('By trust class: input-addressed 1, fixed-output 1, unrecorded 1.');
    expect(md).toContain('### Withheld (not signed)');
    expect(md).toMatch(/NixOS\/ofborg#68/);
    expect(md).toContain(`| \`${lines[1]!.path}\` | fixed-output |`);
    expect(md).toContain(`| \`${lines[0]!.path}\` | uploaded | input-addressed |`);
  });
});

describe('witnesses in the summary', () => {
  it('counts verdicts and shows a divergence with both hashes', () => {
    const ours = { narHash: 'sha256:1jyz6snd63xjn6skk7za6psgidsd53k05cr3lksqybi0q6936syq', narSize: 120 };
    const theirs = { narHash: 'sha256:0c5b8vw40dy178xlpddw65q9gf1h2186jcc3p4swinwggbllv8mk', narSize: 120 };
    const lines = [
      line('uploaded', { witness: { outcome: 'diverged', by: 'file:///w', ours, theirs } }),
      line('uploaded', { witness: { outcome: 'reproduced', by: 'file:///w' } }),
      line('uploaded', { witness: { outcome: 'unwitnessed', why: 'file:///w does not have it' } }),
    ];
    const t = totalsOf(lines, 0);
    expect(t.byWitness).toEqual({ diverged: 1, reproduced: 1, unwitnessed: 1 });
    expect(t.divergedPaths).toEqual([lines[0]!.path]);
    const md = renderSummary(t, lines, { cache: 'file:///c' });
    expect(md).toContain('Witnesses: diverged 1, reproduced 1, unwitnessed 1.');
    expect(md).toContain('### Diverged from a witness');
    expect(md).toContain(`| \`${lines[0]!.path}\` | uploaded | \`file:///w\` | \`${ours.narHash}\` | \`${theirs.narHash}\` |`);
  });
});

describe('scopeSentence', () => {
  const from = Date.UTC(2026, 11, 1, 10, 0, 5);
  const to = Date.UTC(2026, 11, 1, 10, 7, 30);
  it('says the figures cover what the machine built in the window, and that no other job was seen', () => {
    expect(scopeSentence({ fromMs: from, toMs: to, otherJobs: 0 })).toBe(
      "These figures cover everything this machine's nix-daemon built from 10:00:05 to 10:07:30 UTC, while this job ran; no other runner job was seen on the machine.",
    );
  });

  it('names how many other runner jobs ran meanwhile, whose builds are counted too, and the summary carries it', () => {
    const s = scopeSentence({ fromMs: from, toMs: to, otherJobs: 2 });
    expect(s).toMatch(/2 other runner job\(s\) ran on this machine meanwhile, and what they built is counted here too\.$/);
    expect(renderSummary(totalsOf([], 0), [], { cache: 'file:///c', scope: { fromMs: from, toMs: to, otherJobs: 2 } })).toContain(s);
    expect(renderSummary(totalsOf([], 0), [], { cache: 'file:///c' })).not.toContain('These figures cover');
  });
});
