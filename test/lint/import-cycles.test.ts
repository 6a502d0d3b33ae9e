import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from './import-graph';

const root = path.resolve(__dirname, '../..');

describe('import cycles, type-only imports included', () => {
  it('src/ has none', () => {
    expect(importCycles(importGraph(path.join(root, 'src')), root)).toEqual([]);
  });

  it('a type-only cycle is found (the guard bites)', () => {
    const fixture = path.join(root, 'test/lint/fixtures/type-cycle');
    expect(importCycles(importGraph(fixture), root)).toEqual([['test/lint/fixtures/type-cycle/shape.ts', 'test/lint/fixtures/type-cycle/size.ts']]);
  });
});
