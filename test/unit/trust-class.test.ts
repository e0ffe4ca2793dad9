import { describe, expect, it } from 'vitest';
import { classifyOutputs, decide } from '../../src/worker/trust-class.js';

const IA = 'Derive([("dev","/nix/store/a-x-dev","",""),("out","/nix/store/b-x","","")],[],[],"s","b",[],[])';
const FOD = 'Derive([("out","/nix/store/c-src","sha256","0d1c3c2a")],[],[],"s","b",[],[])';
const CA = 'Derive([("out","","r:sha256","")],[],[],"s","b",[],[])';

describe('classifyOutputs: from the .drv itself', () => {
  it('input-addressed, fixed-output and floating content-addressed outputs', () => {
    expect(Object.fromEntries(classifyOutputs(IA, ['/nix/store/a-x-dev', '/nix/store/b-x']))).toEqual({
      '/nix/store/a-x-dev': 'input-addressed',
      '/nix/store/b-x': 'input-addressed',
    });
    expect(classifyOutputs(FOD, ['/nix/store/c-src']).get('/nix/store/c-src')).toBe('fixed-output');
    expect(classifyOutputs(CA, ['/nix/store/d-built']).get('/nix/store/d-built')).toBe('content-addressed');
  });

  it('unknown when the .drv is gone, unparsable, or does not declare the path', () => {
    expect(classifyOutputs(undefined, ['/nix/store/b-x']).get('/nix/store/b-x')).toBe('unknown');
    expect(classifyOutputs('garbage', ['/nix/store/b-x']).get('/nix/store/b-x')).toBe('unknown');
    expect(classifyOutputs(IA, ['/nix/store/z-other']).get('/nix/store/z-other')).toBe('unknown');
  });
});

describe('decide: the policy per class', () => {
  it('signs sandboxed builds with the main key whatever the fixed-output policy', () => {
    for (const p of ['withhold', 'separate-key', 'sign'] as const) {
      expect(decide('input-addressed', p)).toEqual({ sign: 'main' });
      expect(decide('content-addressed', p)).toEqual({ sign: 'main' });
      expect(decide('unknown', p)).toMatchObject({ withhold: expect.stringMatching(/unknown/) });
    }
  });

  it('withholds fetches by default, naming the attack; a separate key or the main key when told', () => {
    expect(decide('fixed-output', 'withhold')).toMatchObject({ withhold: expect.stringMatching(/NixOS\/ofborg#68/) });
    expect(decide('fixed-output', 'separate-key')).toEqual({ sign: 'fixed-output' });
    expect(decide('fixed-output', 'sign')).toEqual({ sign: 'main' });
  });
});
