/**
 * The one seam between this project and Nix (docs/architecture.md, "The seam to Nix"). Everything the worker,
 * `push` and `verify` need from a Nix store goes through this interface; tests inject fakes, and the real
 * implementation (store-db.ts) is checked on every Nix version of the matrix.
 */
export interface NixStore {
  /** What the Nix database records about a valid path; undefined when the path is not valid. */
  pathInfo(path: string): PathInfo | undefined;
  /** The paths and everything they reference, transitively (only valid paths: one that is not valid adds nothing). */
  closure(paths: readonly string[]): string[];
  /** The output paths of a valid derivation, as the store knows them; undefined when the .drv is not valid. */
  derivationOutputs(drvPath: string): string[] | undefined;
  /** The text of a valid `.drv` file, or undefined when it is not valid. */
  derivationText(drvPath: string): string | undefined;
  /**
   * The NAR serialisation of a store path's contents, as chunks of `chunkSize` (default 1 MiB), produced as
   * they are consumed (the caller checks them against pathInfo). `sizeHint`: the size the database records.
   */
  nar(path: string, sizeHint?: number, chunkSize?: number): Iterable<Buffer>;
  close(): void;
}

/** What the Nix database records about a valid store path. */
export interface PathInfo {
  path: string;
  narHash: string; // sha256:<nix32>
  narSize: number;
  references: string[]; // full store paths, sorted
  deriver?: string;
  ca?: string;
  sigs?: string[];
  registrationTime?: number; // seconds since the epoch
}

/** The path is not (or no longer) valid in the store, e.g. garbage-collected before upload. */
export class PathGoneError extends Error {
  readonly storePath: string;
  readonly retryable = false; // a path that is gone does not come back by waiting
  constructor(storePath: string, how = 'garbage-collected or never built') {
    super(`${storePath} is not in the Nix store (${how})`);
    this.name = 'PathGoneError';
    this.storePath = storePath;
  }
}

/** Path infos for `paths`, in order; throws PathGoneError for the first one that is not valid. */
export function requirePathInfos(store: NixStore, paths: readonly string[]): PathInfo[] {
  return paths.map((p) => store.pathInfo(p) ?? throwGone(p));
}

function throwGone(path: string): never {
  throw new PathGoneError(path);
}
