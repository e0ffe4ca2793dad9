import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { CacheBackend } from './backend.js';

/** A binary cache in a local directory (`file:///…`), written atomically through temporary names. */
export class FileCache implements CacheBackend {
  readonly describe: string;
  constructor(private readonly dir: string) {
    this.describe = `file://${dir}`;
  }

  private path(key: string): string {
    return join(this.dir, key);
  }

  private tmp(key: string): string {
    return join(this.dir, dirname(key), `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`);
  }

  async get(key: string): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(key));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async getStream(key: string): Promise<Readable | undefined> {
    return (await this.exists(key)) ? createReadStream(this.path(key)) : undefined;
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.path(key));
      return true;
    } catch {
      return false;
    }
  }

  async put(key: string, body: string | Buffer): Promise<void> {
    await mkdir(dirname(this.path(key)), { recursive: true });
    const tmp = this.tmp(key);
    await writeFile(tmp, body, { mode: 0o644 });
    await rename(tmp, this.path(key));
  }

  async putStream(key: string, body: Readable): Promise<void> {
    await mkdir(dirname(this.path(key)), { recursive: true });
    const tmp = this.tmp(key);
    try {
      await pipeline(body, createWriteStream(tmp, { mode: 0o644 }));
      await rename(tmp, this.path(key));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async *list(suffix: string): AsyncIterable<string> {
    for (const name of await readdir(this.dir)) if (name.endsWith(suffix)) yield name;
  }
}
