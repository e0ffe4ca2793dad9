import { describe, expect, it } from 'vitest';
import { cacheDirProblem, type DirFacts } from '../../src/provision/cache-dir.js';

const dir = (uid = 0, mode = 0o40755): DirFacts => ({ uid, mode, isDirectory: true, isSymbolicLink: false });
const fs = (entries: Record<string, DirFacts>) => (p: string) => entries[p];
const base = { '/': dir(), '/srv': dir(), '/tmp': dir(0, 0o41777) };

describe('cacheDirProblem: the chain from the cache up to /', () => {
  it('accepts root-owned directories, and a sticky world-writable ancestor such as /tmp', () => {
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv/cache': dir() }))).toBeUndefined();
    expect(cacheDirProblem('/tmp/cache', fs({ ...base, '/tmp/cache': dir() }))).toBeUndefined();
  });

  it('accepts a cache that does not exist yet under a good parent (provisioning creates it)', () => {
    expect(cacheDirProblem('/srv/cache', fs(base))).toBeUndefined();
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv': dir(1001) }))).toMatch(/\/srv is owned by uid 1001/);
    expect(cacheDirProblem('/nowhere/cache', fs(base))).toMatch(/\/nowhere does not exist/);
  });

  it('refuses another owner, group or world write, a link, at the cache or above it', () => {
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv/cache': dir(1001) }))).toMatch(/owned by uid 1001, not root/);
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv/cache': dir(0, 0o40775) }))).toMatch(/writable by its group \(mode 0775\)/);
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv': dir(0, 0o40777), '/srv/cache': dir() }))).toMatch(
      /\/srv is writable by everyone/,
    );
    expect(cacheDirProblem('/tmp/cache', fs({ ...base, '/tmp/cache': dir(0, 0o41777) }))).toMatch(/\/tmp\/cache is writable by everyone/);
    expect(cacheDirProblem('/srv/cache', fs({ ...base, '/srv/cache': { ...dir(), isSymbolicLink: true } }))).toMatch(/symbolic link/);
  });
});
