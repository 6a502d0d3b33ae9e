// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { remarkHandbook } from './src/handbook/remark-handbook.ts';
import { rehypeHeadingLinks } from './src/handbook/rehype-heading-links.ts';
import { siteChecks } from './src/build/integration.ts';
import { browserEngine } from './src/build/browser-engine.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  vite: { plugins: [browserEngine()], build: { sourcemap: !!process.env.SOURCEMAP } },
  trailingSlash: 'always',
  integrations: [mdx({ remarkPlugins: [remarkHandbook], rehypePlugins: [rehypeHeadingLinks] }), preact(), siteChecks()],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-cn'],
    routing: { prefixDefaultLocale: false },
  },
});
