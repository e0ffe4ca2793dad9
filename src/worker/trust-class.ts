import { parseDerivation, type OutputKind } from '../nix/derivation.js';

/**
 * Trust classes (docs/threat-model.md, "Fixed-output derivations"): what the worker may vouch for, decided
 * from the `.drv` the daemon built, never from anything the runner user says.
 * - input-addressed: the output is a function of the derivation the sandbox ran: signed with the main key.
 * - content-addressed (floating): built in the sandbox too, its path named after its contents: main key.
 * - fixed-output: a fetch. Its path depends only on the declared hash and its builder has the network, so a
 *   pull request can fetch an attacker's bytes under the path an honest change will later ask for
 *   (NixOS/ofborg#68). Withheld by default; or signed by a separate key consumers may choose not to trust.
 * - unknown: the `.drv` could not be read or parsed: withheld, never guessed.
 */
export type TrustClass = OutputKind | 'unknown';

export type FixedOutputPolicy = 'withhold' | 'separate-key' | 'sign';
export const FIXED_OUTPUT_POLICIES: readonly FixedOutputPolicy[] = ['withhold', 'separate-key', 'sign'];

/** The class of each output path the derivation declares (floating CA outputs have no path: `ca` below). */
export function classifyOutputs(drvText: string | undefined, outs: readonly string[]): Map<string, TrustClass> {
  const classes = new Map<string, TrustClass>(outs.map((o) => [o, 'unknown']));
  if (drvText === undefined) return classes;
  let kinds: { path?: string; kind: OutputKind }[];
  try {
    kinds = parseDerivation(drvText).outputs;
  } catch {
    return classes;
  }
  const floating = kinds.some((k) => k.kind === 'content-addressed');
  for (const o of outs) {
    const k = kinds.find((x) => x.path === o);
    // a floating CA derivation's outputs are not in its .drv: known to be outputs of it (OUT_PATHS or the
    // database), they are content-addressed
    if (k) classes.set(o, k.kind);
    else if (floating) classes.set(o, 'content-addressed');
  }
  return classes;
}

/** Which key signs a path of `cls`, or why none does. */
export type Decision = { sign: 'main' | 'fixed-output' } | { withhold: string };

export function decide(cls: TrustClass, policy: FixedOutputPolicy): Decision {
  if (cls === 'input-addressed' || cls === 'content-addressed') return { sign: 'main' };
  if (cls === 'unknown') return { withhold: 'its derivation could not be read, so its trust class is unknown' };
  if (policy === 'sign') return { sign: 'main' };
  if (policy === 'separate-key') return { sign: 'fixed-output' };
  return {
    withhold:
      'fixed-output derivation (a fetch): its path depends only on the declared hash, so an untrusted job could fetch other bytes under it (NixOS/ofborg#68); set fixed-output: separate-key to sign such paths with a key of their own',
  };
}
