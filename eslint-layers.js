// The README's layers table ("may import") as import-x/no-restricted-paths zones: a file under
// `target` may import nothing under `from` except the folders in `except`. A layer's own folder
// is always allowed. Where the code needs an edge the table does not list, the edge is named
// here with its reason, so it is a decision and not a drift.

/** One zone: files in src/<layer> may import only src/<layer> and the paths in `allowed` (relative to src/). */
function layer(name, allowed, why) {
  return {
    target: `./src/${name}`,
    from: './src',
    except: [`./${name}`, ...allowed.map((path) => `./${path}`)],
    message: `src/${name} may import only ${allowed.length ? allowed.join(', ') : 'its own files'} (README, architecture: layers).${why ? ` ${why}` : ''}`,
  };
}

export const layerZones = [
  // The engine imports nothing of the site.
  layer('engine', []),
  layer('course', ['engine']),
  // stores/lrs-queue.ts keeps xAPI statements queued for the record store, so it knows their shape.
  layer('stores', ['engine', 'results/xapi-statement.ts'], 'The record-store queue holds xAPI statements.'),
  layer('results', ['engine']),
  // rehype-heading-links.ts labels the heading links in the page's language.
  layer('handbook', ['engine', 'i18n'], 'Heading links are labelled from the UI dictionary.'),
  // say.ts words the engine's messages: their codes and types, and the filler the engine uses.
  layer(
    'i18n',
    ['engine/text.ts', 'engine/message.ts', 'engine/message-codes.ts', 'engine/placeholders.ts'],
    "The engine's messages are said with its codes and placeholders.",
  ),
  // search/from-files.ts lists the handbook's files with the same helper as the build checks.
  layer('search', ['engine', 'handbook', 'i18n', 'build/files.ts']),
  // The link check and the sitemap read the site's base path the way pages write it; the Chinese
  // pages are checked against the term list with the same checker as the texts.
  layer(
    'build',
    ['engine', 'results', 'i18n/base-path.ts', 'i18n/zh-text-check.ts', 'i18n/zh-terms.ts'],
    'Links are checked under the base path; Chinese pages against the term list.',
  ),
  // Page views (HandbookPage, RulePage, …) wrap themselves in a layout; only pages are out of reach.
  {
    target: './src/components',
    from: './src/pages',
    message: 'src/components may not import pages (README, architecture: layers).',
  },
  // Content is data; only content.config.ts (outside every layer) reads the schemas.
  { target: './src/content', from: './src', except: ['./content'], message: 'src/content is data only.' },
];

/** Package names the engine must not import (it runs unchanged in Node and in the browser). */
export const engineForbiddenPackages = ['preact', 'preact/*', 'nanostores', '@nanostores/*', 'astro', 'astro:*', 'astro/*', 'fuse.js', '@astrojs/*'];

/**
 * The two files under src/engine that make the app's rules (loaded-policy.ts, the only importer
 * of `#loaded-rules`) and its engine (loaded-engine.ts). Every other engine file gets its rules
 * handed in (a Policy), so it may import neither of them nor `#loaded-rules`.
 */
export const engineCompositionRoot = ['src/engine/loaded-policy.ts', 'src/engine/loaded-engine.ts'];
/** `#loaded-rules` is a name, not a pattern (a leading # is a comment in a pattern). */
export const engineRulesLoader = '#loaded-rules';
export const engineRulesImports = ['**/loaded-policy', '**/loaded-policy.ts', '**/loaded-engine', '**/loaded-engine.ts'];
