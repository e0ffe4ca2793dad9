/**
 * Reads a `.drv` file (Nix's ATerm serialisation) far enough to know a derivation's outputs and how they are
 * addressed. The worker decides a build's trust class from this file itself, never from what the runner
 * user says. Pure: the caller reads the file.
 *
 *   Derive([("out","/nix/store/…-name","",""), …], inputDrvs, inputSrcs, system, builder, args, env)
 *
 * An output with a hash algorithm and a hash is fixed-output (a fetch); with only an algorithm it is
 * floating content-addressed (no path until built); with neither it is input-addressed.
 */

export type Term = string | Term[] | { ctor: string; args: Term[] };

export type OutputKind = 'input-addressed' | 'fixed-output' | 'content-addressed';

export interface DerivationOutput {
  name: string;
  path?: string; // absent for floating content-addressed outputs
  kind: OutputKind;
  hashAlgo?: string; // e.g. "r:sha256" (recursive) or "sha256" (flat)
  hash?: string; // base16, fixed-output only
}

export interface Derivation {
  outputs: DerivationOutput[];
  env: Map<string, string>;
}

export class DerivationParseError extends Error {}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"' };

/** Parses one ATerm term (strings, lists, tuples, constructor applications). */
export function parseTerm(text: string): Term {
  let i = 0;
  const fail = (what: string): never => {
    throw new DerivationParseError(`not a derivation: ${what} at offset ${i}`);
  };
  const expect = (c: string) => (text[i] === c ? i++ : fail(`expected ${JSON.stringify(c)}`));
  const list = (close: string): Term[] => {
    const items: Term[] = [];
    if (text[i] === close) {
      i++;
      return items;
    }
    for (;;) {
      items.push(term());
      if (text[i] === ',') i++;
      else if (text[i] === close) {
        i++;
        return items;
      } else fail(`expected "," or ${JSON.stringify(close)}`);
    }
  };
  const str = (): string => {
    expect('"');
    let out = '';
    let start = i;
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated string');
      if (c === '"') break;
      if (c === '\\') {
        out += text.slice(start, i);
        const e = text[i + 1] ?? fail('unterminated escape');
        out += ESCAPES[e] ?? e;
        i += 2;
        start = i;
      } else i++;
    }
    out += text.slice(start, i);
    i++;
    return out;
  };
  const term = (): Term => {
    const c = text[i];
    if (c === '"') return str();
    if (c === '[') {
      i++;
      return list(']');
    }
    if (c === '(') {
      i++;
      return list(')');
    }
    const m = /^[A-Za-z][A-Za-z0-9]*/.exec(text.slice(i, i + 64));
    if (!m) return fail('unexpected character');
    i += m[0].length;
    expect('(');
    return { ctor: m[0], args: list(')') };
  };
  const t = term();
  if (i !== text.trimEnd().length) fail('trailing bytes');
  return t;
}

function strings(t: Term | undefined, what: string): string[] {
  if (!Array.isArray(t) || t.some((x) => typeof x !== 'string')) throw new DerivationParseError(`not a derivation: ${what}`);
  return t as string[];
}

function outputOf(t: Term): DerivationOutput {
  const [name, path, hashAlgo, hash] = strings(t, 'an output is not four strings');
  if (name === undefined || path === undefined || hashAlgo === undefined || hash === undefined) {
    throw new DerivationParseError('not a derivation: an output is not four strings');
  }
  const out: DerivationOutput = { name, kind: 'input-addressed' };
  if (path) out.path = path;
  if (hashAlgo && hash) Object.assign(out, { kind: 'fixed-output', hashAlgo, hash });
  else if (hashAlgo) Object.assign(out, { kind: 'content-addressed', hashAlgo });
  return out;
}

/** Parses a `.drv` file's text. Only `Derive(…)` is accepted (experimental versioned forms are refused). */
export function parseDerivation(text: string): Derivation {
  const t = parseTerm(text);
  if (typeof t !== 'object' || Array.isArray(t) || t.ctor !== 'Derive' || t.args.length !== 7) {
    throw new DerivationParseError('not a derivation: expected Derive(…) with 7 fields');
  }
  const [outputs, , , , , , env] = t.args;
  if (!Array.isArray(outputs) || !Array.isArray(env)) throw new DerivationParseError('not a derivation: outputs or env is not a list');
  const envMap = new Map<string, string>();
  for (const kv of env) {
    const [k, v] = strings(kv, 'an env entry is not two strings');
    if (k === undefined || v === undefined) throw new DerivationParseError('not a derivation: an env entry is not two strings');
    envMap.set(k, v);
  }
  return { outputs: outputs.map(outputOf), env: envMap };
}
