import { writeFileSync } from 'node:fs';
import type { EngineTextTable } from './engine-text';
import { ENGINE_TEXT_ID } from './engine-text-data';
import { builtPages, moduleGraph } from './site-check';

const tableScript = new RegExp(`(<script[^>]*\\sid="${ENGINE_TEXT_ID}"[^>]*>)([\\s\\S]*?)(</script>)`);

/**
 * After the build, each page keeps only the words of the engine modules its scripts load
 * (now or on use): a module's code names its table entry (`__texts('policy/atoz')`), and
 * minifying keeps that string. Returns how many pages were trimmed.
 */
export function trimEngineText(dist: string, base = '/'): number {
  const { moduleAt, closure, entriesOf } = moduleGraph(dist, base);
  let trimmed = 0;
  for (const page of builtPages(dist)) {
    const found = tableScript.exec(page.html);
    if (!found) continue;
    const table = JSON.parse(found[2]!) as EngineTextTable;
    const code = [...closure(entriesOf(page.html), true)].map((src) => moduleAt(src).code).join('\n');
    const kept = Object.fromEntries(Object.entries(table).filter(([module]) => code.includes(`"${module}"`) || code.includes(`'${module}'`)));
    if (Object.keys(kept).length === Object.keys(table).length) continue;
    const json = JSON.stringify(kept).replace(/</g, '\\u003c');
    writeFileSync(page.file, page.html.replace(tableScript, (_, open: string, _old: string, close: string) => `${open}${json}${close}`));
    trimmed += 1;
  }
  return trimmed;
}
