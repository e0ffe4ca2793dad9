import { describe, expect, it } from 'vitest';
import { DerivationParseError, parseDerivation, parseTerm } from '../../src/nix/derivation.js';

// Shapes as Nix writes them (2.8 and 2.34 write the same ATerm for these).
const INPUT_ADDRESSED =
  'Derive([("out","/nix/store/mh3rz2qzm0lrcxk22g2b1kifak7q2nj9-x","","")],[],[],"x86_64-linux","/bin/sh",["-c","echo \\"hi\\" > $out\\n"],[("builder","/bin/sh"),("name","x"),("out","/nix/store/mh3rz2qzm0lrcxk22g2b1kifak7q2nj9-x"),("system","x86_64-linux")])';
const FIXED_OUTPUT =
  'Derive([("out","/nix/store/9cf8ddfde2fb06c6002cde9f728c0cf0-src","r:sha256","0d1c3c2a")],[("/nix/store/aaa-dep.drv",["out"])],["/nix/store/bbb-s"],"x86_64-linux","/bin/sh",[],[("outputHash","0d1c3c2a")])';
const FLOATING_CA = 'Derive([("out","","r:sha256","")],[],[],"x86_64-linux","/bin/sh",[],[])';
const MULTI = 'Derive([("dev","/nix/store/a-x-dev","",""),("out","/nix/store/b-x","","")],[],[],"s","b",[],[])';

describe('parseDerivation', () => {
  it('reads an input-addressed derivation, unescaping strings', () => {
    const d = parseDerivation(INPUT_ADDRESSED);
    expect(d.outputs).toEqual([{ name: 'out', path: '/nix/store/mh3rz2qzm0lrcxk22g2b1kifak7q2nj9-x', kind: 'input-addressed' }]);
    expect(d.env.get('name')).toBe('x');
  });

  it('tells fixed-output and floating content-addressed outputs apart', () => {
    expect(parseDerivation(FIXED_OUTPUT).outputs[0]).toEqual({
      name: 'out',
      path: '/nix/store/9cf8ddfde2fb06c6002cde9f728c0cf0-src',
      kind: 'fixed-output',
      hashAlgo: 'r:sha256',
      hash: '0d1c3c2a',
    });
    expect(parseDerivation(FLOATING_CA).outputs[0]).toEqual({ name: 'out', kind: 'content-addressed', hashAlgo: 'r:sha256' });
  });

  it('keeps every output', () => {
    expect(parseDerivation(MULTI).outputs.map((o) => o.name)).toEqual(['dev', 'out']);
  });

  it('refuses what is not a derivation, with a reason', () => {
    for (const bad of ['', 'Derive(', 'Derive([],[],[],"s","b",[])', 'DrvWithVersion("xp-dyn-drv",[])', '{"json":1}', `${MULTI}x`]) {
      expect(() => parseDerivation(bad), bad).toThrow(DerivationParseError);
    }
  });

  it('parses nested terms', () => {
    expect(parseTerm('A(["x",("y","z")],[])')).toEqual({ ctor: 'A', args: [['x', ['y', 'z']], []] });
  });
});
