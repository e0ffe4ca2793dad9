import { readFileSync } from 'node:fs';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { UserError } from '../core/errors.js';
import { normalizeSha256 } from '../core/hash.js';
import { isStorePath } from '../core/store-path.js';
import { narChunks } from './nar.js';
import type { NixStore, PathInfo } from './store.js';

/** Where every Nix since 2.0 keeps its database for the store at /nix/store (schema 10 on 2.8 → 2.34). */
export const NIX_DB = '/nix/var/nix/db/db.sqlite';

/**
 * The local store, read directly: the Nix database opened read-only for path info and derivation outputs,
 * and NARs serialised in-process from /nix/store. No process per path and no CLI output to parse; the
 * schema (ValidPaths, Refs, DerivationOutputs) has not changed since Nix 2.0, and the e2e suites check it
 * on every Nix version of the matrix. Nix writes the database in WAL mode, so readers never block the
 * daemon and always see committed state.
 */
export class LocalStore implements NixStore {
  private readonly db: DatabaseSync;
  private readonly byPath: StatementSync;
  private readonly refs: StatementSync;
  private readonly outputs: StatementSync;
  private readonly closureOf: StatementSync;

  constructor(dbFile = NIX_DB) {
    try {
      this.db = new DatabaseSync(dbFile, { readOnly: true, timeout: 10_000 });
    } catch (err) {
      throw new UserError(
        `cannot open the Nix database ${dbFile} read-only (${(err as Error).message}): is Nix installed, and may this user read it?`,
      );
    }
    this.byPath = this.db.prepare('SELECT id, hash, registrationTime, deriver, narSize, sigs, ca FROM ValidPaths WHERE path = ?');
    this.refs = this.db.prepare('SELECT v.path AS path FROM Refs r JOIN ValidPaths v ON v.id = r.reference WHERE r.referrer = ?');
    this.outputs = this.db.prepare(
      'SELECT o.path AS path FROM DerivationOutputs o JOIN ValidPaths v ON v.id = o.drv WHERE v.path = ? ORDER BY o.id',
    );
    this.closureOf = this.db.prepare(`
      WITH RECURSIVE c(id) AS (
        SELECT id FROM ValidPaths WHERE path IN (SELECT value FROM json_each(?))
        UNION SELECT r.reference FROM Refs r JOIN c ON r.referrer = c.id
      ) SELECT v.path AS path FROM c JOIN ValidPaths v ON v.id = c.id ORDER BY v.path`);
  }

  pathInfo(path: string): PathInfo | undefined {
    if (!isStorePath(path)) return undefined;
    const row = this.byPath.get(path) as
      | {
          id: number;
          hash: string;
          registrationTime: number;
          deriver: string | null;
          narSize: number | null;
          sigs: string | null;
          ca: string | null;
        }
      | undefined;
    if (!row) return undefined;
    const info: PathInfo = {
      path,
      narHash: normalizeSha256(row.hash),
      narSize: Number(row.narSize ?? 0),
      references: (this.refs.all(row.id) as { path: string }[]).map((r) => r.path).sort(),
      registrationTime: Number(row.registrationTime),
    };
    if (row.deriver) info.deriver = row.deriver;
    if (row.ca) info.ca = row.ca;
    const sigs = (row.sigs ?? '').split(' ').filter(Boolean);
    if (sigs.length > 0) info.sigs = sigs;
    return info;
  }

  closure(paths: readonly string[]): string[] {
    return (this.closureOf.all(JSON.stringify(paths)) as { path: string }[]).map((r) => r.path);
  }

  derivationOutputs(drvPath: string): string[] | undefined {
    if (!this.byPath.get(drvPath)) return undefined;
    return (this.outputs.all(drvPath) as { path: string }[]).map((r) => r.path);
  }

  derivationText(drvPath: string): string | undefined {
    if (!drvPath.endsWith('.drv') || !this.byPath.get(drvPath)) return undefined;
    try {
      return readFileSync(drvPath, 'utf8');
    } catch {
      return undefined; // deleted between the query and the read
    }
  }

  nar(path: string, sizeHint?: number, chunkSize?: number): Iterable<Buffer> {
    return narChunks(path, sizeHint, chunkSize);
  }

  close(): void {
    this.db.close();
  }
}
