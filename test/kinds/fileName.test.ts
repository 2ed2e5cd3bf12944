import { describe, expect, it } from 'vitest';
import { documentFileName } from '../../src/kinds/fileName.ts';
import { loaded, rectification } from './sampleCases.ts';

describe('documentFileName', () => {
  it('fills the kind.json pattern from the case id', () => {
    expect(documentFileName(loaded(rectification()))).toBe('JJ-2026-017');
  });
  it('makes the name safe for every file system', () => {
    expect(documentFileName(loaded({ ...rectification(), id: 'a/b:c*?"<>|.' }))).toBe('a_b_c______');
    expect(documentFileName(loaded({ ...rectification(), id: 'CON' }))).toBe('_CON');
  });
});
