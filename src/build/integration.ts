import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadRules } from '../engine/policy/rule-files';
import { normaliseBase } from '../i18n/base-path';
import { cspProblems } from './csp';
import { recordStoreEndpoint, recordStoreSettings } from './record-store-env';
import { placeholderProblems } from './placeholder-check';
import { builtPages, linkProblems } from './site-check';
import { writeSitemap } from './sitemap';
import { zhPageProblems } from './zh-page-text';

/**
 * Before a build: refuse a bad rule file and malformed learning-record-store settings. After every build: fail it on a broken internal link or #anchor, on a `{name}` placeholder that would reach a reader (placeholder-check.ts), on an inline script or style its Content-Security-Policy does not cover (csp.ts), or on a refused term or half-width mark in a Chinese page's text (zh-page-text.ts).
 * What a page weighs is measured in a browser (page-weight.ts, held by test/e2e/page-weight.spec.ts).
 */
export function siteChecks(): AstroIntegration {
  // Where the site is served (`SITE`, `BASE` at build time): links are checked under the base, and the sitemap names the site.
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'casebook-site-checks',
    hooks: {
      'astro:config:setup': () => {
        // A bad rule file or team.yaml stops the build, naming the file and the field (src/engine/policy/rule-files.ts).
        loadRules();
        // A half-configured learning record store would drop results silently in the browser: refuse to build.
        const lrs = recordStoreSettings();
        if (lrs && !lrs.ok) throw new Error(`learning record store settings:\n${lrs.problems.map((p) => `  ${p}`).join('\n')}`);
      },
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const recordStore = recordStoreEndpoint();
        const problems = [
          ...linkProblems(dist, undefined, base),
          ...placeholderProblems(dist),
          ...cspProblems(dist, recordStore ? [new URL(recordStore).origin] : []),
          ...zhPageProblems(dist),
        ];
        if (problems.length) throw new Error(`site checks failed:\n${problems.map((p) => `  ${p}`).join('\n')}`);
        if (site) logger.info(`sitemap.xml lists ${writeSitemap(dist, site.href, base)} pages of ${new URL(base, site).href}`);
        else logger.info('no SITE set: no sitemap, and pages carry no canonical or hreflang links');
        logger.info(
          `links and anchors: all resolve across ${builtPages(dist).length} pages; no {placeholder} left in their text or data; every inline script and style covered by the page's Content-Security-Policy`,
        );
      },
    },
  };
}
