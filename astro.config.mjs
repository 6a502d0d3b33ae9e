// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { remarkHandbook } from './src/handbook/remark-handbook.ts';
import { rehypeHeadingLinks } from './src/handbook/rehype-heading-links.ts';
import { rehypeBaseLinks } from './src/handbook/rehype-base-links.ts';
import { siteChecks } from './src/build/integration.ts';
import { cspDirectives, inlineScriptHashes } from './src/build/csp.ts';
import { recordStoreEndpoint } from './src/build/record-store-env.ts';

// Where the site is deployed, set at build time: SITE=https://example.org (no canonical, hreflang or sitemap without it)
// and BASE=/casebook/ to serve it under a sub-path (default `/`). See README.md, "Deploying".
const site = process.env.SITE?.trim() || undefined;
const base = process.env.BASE?.trim() || undefined;

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site,
  base,
  output: 'static',
  // terser packs the islands about 4% smaller than esbuild's minifier; the build takes a few seconds longer.
  // The quiz worker is an ES module worker; the engine's registry waits for its fetched rules with a top-level await (es2022).
  vite: {
    worker: { format: 'es' },
    build: { target: 'es2022', sourcemap: !!process.env.SOURCEMAP, minify: 'terser', terserOptions: { compress: { passes: 2 }, module: true } },
  },
  trailingSlash: 'always',
  // The handbook's code blocks are sample messages, not code; Shiki's colours would also be inline style attributes, which the policy blocks.
  markdown: { syntaxHighlight: false },
  // A Content-Security-Policy on every page: nothing from outside the origin (src/build/csp.ts).
  experimental: { csp: { directives: cspDirectives(recordStoreEndpoint()), scriptDirective: { hashes: inlineScriptHashes() } } },
  integrations: [mdx({ remarkPlugins: [remarkHandbook], rehypePlugins: [rehypeHeadingLinks, [rehypeBaseLinks, { base }]] }), preact(), siteChecks()],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-cn'],
    routing: { prefixDefaultLocale: false },
  },
});
