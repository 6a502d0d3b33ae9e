import type { SearchIndexFile } from '../../src/search/types';

/** Ten copies of every section under new anchors, each body's words rotated a little. */
export function tenfold(index: SearchIndexFile): SearchIndexFile {
  const c = index.sections;
  const copies = Array.from({ length: 10 }, (_, copy) => copy);
  const each = <T>(column: T[], copied: (value: T, copy: number, i: number) => T = (v) => v) => copies.flatMap((copy) => column.map((v, i) => copied(v, copy, i)));
  const rotated = (body: string, copy: number) => {
    const words = body.split(' ');
    const at = copy % words.length;
    return copy === 0 ? body : [...words.slice(at), ...words.slice(0, at)].join(' ');
  };
  return {
    ...index,
    sections: {
      page: each(c.page),
      anchor: each(c.anchor, (a, copy) => (copy === 0 ? a : `${a}~${copy}`)),
      parent: each(c.parent),
      heading: each(c.heading),
      body: each(c.body, rotated),
      ruleIds: each(c.ruleIds),
      names: each(c.names),
      topic: each(c.topic),
    },
  };
}
