export interface Node {
  path: string;
  references: readonly string[];
  /** Larger goes first when several are ready (the NAR size). */
  weight?: number;
}

/**
 * Runs `task` for every node, at most `limit` at a time, starting a node only after every node it references
 * (within the set) has finished, so a referrer's narinfo is never written before its references'. A reference
 * that failed does not hold back its referrers: the referrer stays valid, consumers build what they lack.
 * Self-references are ignored. Cycles cannot occur between store paths.
 */
export async function runInDependencyOrder<T>(
  nodes: readonly Node[],
  limit: number,
  task: (node: Node) => Promise<T>,
): Promise<Map<string, T>> {
  const byPath = new Map(nodes.map((n) => [n.path, n]));
  const waitingOn = new Map<string, Set<string>>();
  const referrers = new Map<string, string[]>();
  for (const n of nodes) {
    const deps = new Set(n.references.filter((r) => r !== n.path && byPath.has(r)));
    waitingOn.set(n.path, deps);
    for (const d of deps) referrers.set(d, [...(referrers.get(d) ?? []), n.path]);
  }
  const ready = nodes.filter((n) => waitingOn.get(n.path)!.size === 0).map((n) => n.path);
  // Largest first among what is ready: a big NAR started last would finish alone on one core.
  const weight = (p: string) => byPath.get(p)!.weight ?? 0;
  const takeNext = (): string => {
    let best = 0;
    for (let i = 1; i < ready.length; i++) if (weight(ready[i]!) > weight(ready[best]!)) best = i;
    return ready.splice(best, 1)[0]!;
  };
  const results = new Map<string, T>();
  let running = 0;
  let firstError: unknown;

  return new Promise((resolve, reject) => {
    const finish = (path: string) => {
      running--;
      for (const r of referrers.get(path) ?? []) {
        const deps = waitingOn.get(r)!;
        deps.delete(path);
        if (deps.size === 0) ready.push(r);
      }
      pump();
    };
    const pump = () => {
      while (running < Math.max(1, limit) && ready.length > 0) {
        const path = takeNext();
        running++;
        task(byPath.get(path)!).then(
          (value) => {
            results.set(path, value);
            finish(path);
          },
          (err: unknown) => {
            firstError ??= err;
            finish(path);
          },
        );
      }
      if (running === 0 && ready.length === 0) {
        if (firstError !== undefined) reject(firstError);
        else resolve(results);
      }
    };
    pump();
  });
}
