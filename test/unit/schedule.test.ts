import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runInDependencyOrder, type Node } from '../../src/push/schedule.js';

/** Records start/finish order and the peak number of tasks running at once. */
function recorder(delay: (path: string) => number = () => 5, fail: (path: string) => Error | undefined = () => undefined) {
  const events: string[] = [];
  let running = 0;
  let peak = 0;
  const task = async (node: Node) => {
    running++;
    peak = Math.max(peak, running);
    events.push(`start ${node.path}`);
    await sleep(delay(node.path));
    running--;
    events.push(`end ${node.path}`);
    const err = fail(node.path);
    if (err) throw err;
    return `done ${node.path}`;
  };
  return { events, task, peak: () => peak };
}

const idx = (events: string[], e: string) => {
  const i = events.indexOf(e);
  expect(i, e).toBeGreaterThanOrEqual(0);
  return i;
};

// A diamond plus a chain: app -> (lib1, lib2) -> libc; tool -> libc; docs stands alone.
const graph: Node[] = [
  { path: 'app', references: ['lib1', 'lib2', 'app'] },
  { path: 'lib1', references: ['libc'] },
  { path: 'lib2', references: ['libc', 'outside'] },
  { path: 'libc', references: ['libc'] },
  { path: 'tool', references: ['libc'] },
  { path: 'docs', references: [] },
];

function expectReferencesFirst(events: string[], nodes: readonly Node[]) {
  const inSet = new Set(nodes.map((n) => n.path));
  for (const n of nodes) {
    for (const r of n.references) {
      if (r === n.path || !inSet.has(r)) continue;
      expect(idx(events, `end ${r}`), `${r} before ${n.path}`).toBeLessThan(idx(events, `start ${n.path}`));
    }
  }
}

describe('runInDependencyOrder', () => {
  it('runs every node once and returns their results', async () => {
    const r = recorder();
    const results = await runInDependencyOrder(graph, 3, r.task);
    expect([...results.keys()].sort()).toEqual(['app', 'docs', 'lib1', 'lib2', 'libc', 'tool']);
    expect(results.get('app')).toBe('done app');
    expect(r.events.filter((e) => e.startsWith('start')).sort()).toEqual(graph.map((n) => `start ${n.path}`).sort());
  });

  for (const limit of [1, 2, 3, 8]) {
    it(`finishes references before referrers start (limit ${limit})`, async () => {
      const r = recorder((p) => (p === 'lib1' ? 15 : 3));
      await runInDependencyOrder(graph, limit, r.task);
      expectReferencesFirst(r.events, graph);
    });
  }

  it('respects the concurrency limit and uses it', async () => {
    const wide: Node[] = Array.from({ length: 12 }, (_, i) => ({ path: `p${i}`, references: [] }));
    for (const limit of [1, 3, 5]) {
      const r = recorder(() => 10);
      await runInDependencyOrder(wide, limit, r.task);
      expect(r.peak()).toBe(limit);
    }
  });

  it('treats a limit below 1 as 1', async () => {
    const r = recorder(() => 2);
    await runInDependencyOrder(graph.slice(3), 0, r.task);
    expect(r.peak()).toBe(1);
    expect(r.events.filter((e) => e.startsWith('start'))).toHaveLength(3);
  });

  it('runs independent nodes concurrently while a chain waits', async () => {
    const nodes: Node[] = [
      { path: 'a', references: [] },
      { path: 'b', references: ['a'] },
      { path: 'c', references: ['b'] },
      { path: 'x', references: [] },
      { path: 'y', references: [] },
    ];
    const r = recorder(() => 10);
    await runInDependencyOrder(nodes, 3, r.task);
    expect(r.peak()).toBe(3);
    expectReferencesFirst(r.events, nodes);
  });

  it('ignores self-references and references outside the set', async () => {
    const nodes: Node[] = [
      { path: 'self', references: ['self'] },
      { path: 'ext', references: ['/nix/store/not-in-this-push', 'self'] },
    ];
    const r = recorder();
    const results = await runInDependencyOrder(nodes, 2, r.task);
    expect(results.size).toBe(2);
    expect(idx(r.events, 'end self')).toBeLessThan(idx(r.events, 'start ext'));
  });

  it('a failed task does not hold back its referrers; the first error is raised after all ran', async () => {
    const first = new Error('lib1 failed');
    const second = new Error('tool failed');
    const r = recorder(
      (p) => (p === 'tool' ? 30 : 3),
      (p) => (p === 'lib1' ? first : p === 'tool' ? second : undefined),
    );
    let settled = false;
    const run = runInDependencyOrder(graph, 2, r.task).finally(() => (settled = true));
    await expect(run).rejects.toBe(first);
    expect(settled).toBe(true);
    // Every node ran, including app, which references the failed lib1.
    expect(r.events.filter((e) => e.startsWith('end')).sort()).toEqual(graph.map((n) => `end ${n.path}`).sort());
    expect(idx(r.events, 'end lib1')).toBeLessThan(idx(r.events, 'start app'));
    // Rejection came only after the last task finished.
    expect(r.events.at(-1)).toMatch(/^end /);
  });

  it('rejects only once every task has finished, even when the failure is early', async () => {
    let finishedSlow = false;
    const nodes: Node[] = [
      { path: 'fast', references: [] },
      { path: 'slow', references: [] },
    ];
    const run = runInDependencyOrder(nodes, 2, async (n) => {
      if (n.path === 'fast') throw new Error('fast failed');
      await sleep(30);
      finishedSlow = true;
    });
    await expect(run).rejects.toThrow('fast failed');
    expect(finishedSlow).toBe(true);
  });

  it('resolves an empty set at once', async () => {
    const results = await runInDependencyOrder([], 4, async () => 1);
    expect(results.size).toBe(0);
  });
});

describe('runInDependencyOrder: largest first', () => {
  it('starts the heaviest ready node first, so a big NAR does not finish alone at the end', async () => {
    const order: string[] = [];
    const nodes = [
      { path: 'small', references: [], weight: 1 },
      { path: 'big', references: [], weight: 100 },
      { path: 'medium', references: [], weight: 10 },
    ];
    await runInDependencyOrder(nodes, 1, async (n) => {
      order.push(n.path);
    });
    expect(order).toEqual(['big', 'medium', 'small']);
  });
});
