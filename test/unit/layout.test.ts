import { describe, expect, it } from 'vitest';
import { layoutRoot } from '../../src/layout.js';

describe('layoutRoot', () => {
  it('moves the layout under NTC_ROOT for root only: the runner user cannot point the audit at a fake runner', () => {
    expect(layoutRoot({ NTC_ROOT: '/tmp/private-layout' }, 0)).toBe('/tmp/private-layout');
    expect(layoutRoot({ NTC_ROOT: '/home/runner/fake' }, 1001)).toBe('/');
    expect(layoutRoot({}, 0)).toBe('/');
    expect(layoutRoot({ NTC_ROOT: '' }, 0)).toBe('/');
  });
});
