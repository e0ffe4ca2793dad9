import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/nix/store-db.js';
import { PathGoneError, requirePathInfos } from '../../src/nix/store.js';

// The tables of Nix's store database (schema 10, unchanged from Nix 2.0 to 2.34), as far as LocalStore reads
// them. The e2e suites check LocalStore against the real database of each Nix version of the matrix.
const SCHEMA = `
CREATE TABLE ValidPaths (id integer primary key autoincrement not null, path text unique not null, hash text not null,
  registrationTime integer not null, deriver text, narSize integer, ultimate integer, sigs text, ca text);
CREATE TABLE Refs (referrer integer not null, reference integer not null, primary key (referrer, reference));
CREATE TABLE DerivationOutputs (drv integer not null, id text not null, path text not null, primary key (drv, id));`;

const P = (h: string, n: string) => `/nix/store/${h.repeat(32).slice(0, 32)}-${n}`;
const LIB = P('a', 'lib');
const APP = P('b', 'app');
const DRV = P('c', 'app.drv');
const HEX = 'd86b3392c1202e8ff5a423b302e6284db7f8f435ea9f39b5b1b20fd3ac36dfcb'; // a nix32 vector of the fixtures

let dir: string;
let store: LocalStore;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ntc-db-'));
  const file = join(dir, 'db.sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL;' + SCHEMA);
  const add = db.prepare('INSERT INTO ValidPaths (path, hash, registrationTime, deriver, narSize, sigs, ca) VALUES (?, ?, ?, ?, ?, ?, ?)');
  add.run(LIB, `sha256:${HEX}`, 1700000000, null, 120, null, null);
  add.run(APP, `sha256:${HEX}`, 1700000001, DRV, 4096, 'k1:sig1 k2:sig2', null);
  add.run(DRV, `sha256:${HEX}`, 1700000000, null, 300, null, 'text:sha256:1b8m03r63zqhnjf7l5wnldhh7c134ap5vpj0850ymkq1iyzicy5s');
  db.exec(`INSERT INTO Refs VALUES (2, 1), (2, 2); INSERT INTO DerivationOutputs VALUES (3, 'out', '${APP}');`);
  db.close();
  store = new LocalStore(file);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('LocalStore (read-only over the Nix database)', () => {
  it('reads path info: base-16 hash as nix32, sorted full references, deriver, sigs', () => {
    expect(store.pathInfo(APP)).toEqual({
      path: APP,
      narHash: 'sha256:1jyz6snd63xjn6skk7za6psgidsd53k05cr3lksqybi0q6936syq',
      narSize: 4096,
      references: [LIB, APP],
      deriver: DRV,
      sigs: ['k1:sig1', 'k2:sig2'],
      registrationTime: 1700000001,
    });
    expect(store.pathInfo(DRV)?.ca).toMatch(/^text:sha256:/);
  });

  it('answers undefined for a path that is not valid, and for text that is not a store path', () => {
    expect(store.pathInfo(P('d', 'gone'))).toBeUndefined();
    expect(store.pathInfo("/nix/store/x' OR 1=1 --")).toBeUndefined();
    expect(() => requirePathInfos(store, [APP, P('d', 'gone')])).toThrow(PathGoneError);
  });

  it('computes a closure', () => {
    expect(store.closure([APP])).toEqual([LIB, APP].sort());
    expect(store.closure([LIB])).toEqual([LIB]);
  });

  it('knows a derivation’s outputs, and that an invalid one has none', () => {
    expect(store.derivationOutputs(DRV)).toEqual([APP]);
    expect(store.derivationOutputs(P('e', 'x.drv'))).toBeUndefined();
  });

  it('says what is wrong when the database cannot be opened', () => {
    expect(() => new LocalStore(join(dir, 'missing', 'db.sqlite'))).toThrow(/cannot open the Nix database .* read-only/);
  });
});
