import { describe, expect, it } from 'vitest';
import { errorMessage, usageError, UserError } from '../../src/core/errors.js';

describe('UserError', () => {
  it('is an Error with exit code 1 by default', () => {
    const e = new UserError('bad thing');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('UserError');
    expect(e.message).toBe('bad thing');
    expect(e.exitCode).toBe(1);
  });

  it('usageError exits 2', () => {
    const e = usageError('bad flag');
    expect(e).toBeInstanceOf(UserError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toBe('bad flag');
  });
});

describe('errorMessage', () => {
  it('takes the message of an Error', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
  });

  it('puts a multi-line message on one line', () => {
    expect(errorMessage(new Error('first line\n   second line\r\n\nthird  '))).toBe('first line second line third');
  });

  it('stringifies non-errors', () => {
    expect(errorMessage('text\nmore')).toBe('text more');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });

  it('never returns an empty string', () => {
    expect(errorMessage(new Error(''))).toBe('unknown error');
    expect(errorMessage('  \n ')).toBe('unknown error');
  });
});
