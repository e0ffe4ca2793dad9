import { describe, expect, it } from 'vitest';
import { cursorMs, loadJobState, saveJobState, type JobState } from '../../src/action/state.js';

describe('job state (main → post)', () => {
  it('what main saves, post loads', () => {
    const kept = new Map<string, string>();
    const s: JobState = {
      cursor: '1764583205000000000',
      cache: 's3://b?region=x',
      otherJobs: 2,
      trustMarkdown: '## audit',
      ledger: { ino: 1835011, size: 1073741824 },
    };
    saveJobState(s, (k, v) => kept.set(k, v));
    expect(loadJobState((k) => kept.get(k) ?? '')).toEqual(s);
    expect(cursorMs(s)).toBe(1764583205000);
  });

  it('is absent when main did not finish (no cursor, or not one), and defaults what older mains did not save', () => {
    expect(loadJobState(() => '')).toBeUndefined();
    expect(loadJobState((k) => (k === 'cursor' ? 'yesterday' : ''))).toBeUndefined();
    expect(loadJobState((k) => (k === 'cursor' ? '1' : ''))).toEqual({ cursor: '1', cache: '', otherJobs: 0 });
  });
});
