import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseFields, fieldsByPath, type Fields } from '../../src/engine/case-fields';
import * as api from '../../src/engine/index';

const doc = readFileSync(fileURLToPath(new URL('../../docs/engine.md', import.meta.url)), 'utf8');

describe('docs/engine.md', () => {
  it('documents every field of the case-facts JSON', () => {
    const fields = new Set<string>();
    for (const kindFields of Object.values<Fields>(caseFields)) {
      // A nested field by its own name (`price`), and the group it sits in (`order`).
      for (const [path] of fieldsByPath(kindFields)) for (const name of path.split('.')) fields.add(name);
    }
    expect(fields.size).toBeGreaterThan(40);
    expect([...fields].filter((f) => !doc.includes(`\`${f}\``))).toEqual([]);
  });

  it('documents every function of the public API', () => {
    const functions = [...Object.entries(api), ...Object.entries(api.simulator)].filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const undocumented = functions.filter((name) => !doc.includes(`\`${name}(`) && !doc.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
