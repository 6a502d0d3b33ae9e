import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../engine/policy/rule-files';
import { cspProblems } from './csp';
import { recordStoreEndpoint, recordStoreSettings } from './record-store-env';
import { ENGINE_TEXT_ID, MISSING_ENGINE_TEXT } from './engine-text-data';
import { MISSING_RULE_DATA, RULE_DATA_ID } from './rule-data';
import { trimEngineText } from './engine-text-pages';
import { placeholderProblems } from './placeholder-check';
import { budgetProblems, linkProblems, pageDataProblems, scriptBytes, type PageData } from './site-check';

const pageData: PageData[] = [
  { what: "the engine's words", id: ENGINE_TEXT_ID, component: '<EngineText />', marker: MISSING_ENGINE_TEXT },
  { what: 'the rules', id: RULE_DATA_ID, component: '<RuleData />', marker: MISSING_RULE_DATA },
];

/**
 * Before a build: refuse a bad rule file and malformed learning-record-store settings. After every build: trim each page's engine words to its scripts' modules, print the JavaScript each page ships (gzip), then fail the build on a
 * broken internal link or #anchor, on a page over its script budget, on a page without the data its scripts read (the engine's words, the rules), on
 * a `{name}` placeholder that would reach a reader (placeholder-check.ts), or on an inline script or style its Content-Security-Policy does not cover (csp.ts).
 */
export function siteChecks(): AstroIntegration {
  return {
    name: 'casebook-site-checks',
    hooks: {
      'astro:config:setup': () => {
        // A bad rule file stops the build, naming the file and the field (src/engine/policy/rule-files.ts).
        loadRules();
        // A half-configured learning record store would drop results silently in the browser: refuse to build.
        const lrs = recordStoreSettings();
        if (lrs && !lrs.ok) throw new Error(`learning record store settings:\n${lrs.problems.map((p) => `  ${p}`).join('\n')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        logger.info(`engine words trimmed to what the page's scripts load on ${trimEngineText(dist)} pages`);
        const scripts = scriptBytes(dist);
        const width = Math.max(...scripts.map((s) => s.url.length));
        logger.info(`JavaScript per page before any interaction (gzip):\n${scripts.map((s) => `  ${s.url.padEnd(width)}  ${(s.gzipBytes / 1024).toFixed(1)} KB`).join('\n')}`);
        const recordStore = recordStoreEndpoint();
        const problems = [
          ...linkProblems(dist),
          ...budgetProblems(scripts),
          ...pageData.flatMap((data) => pageDataProblems(dist, data)),
          ...placeholderProblems(dist),
          ...cspProblems(dist, recordStore ? [new URL(recordStore).origin] : []),
        ];
        if (problems.length) throw new Error(`site checks failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        logger.info(`links and anchors: all resolve across ${scripts.length} pages; no {placeholder} left in their text or data; every inline script and style covered by the page's Content-Security-Policy`);
      },
    },
  };
}
