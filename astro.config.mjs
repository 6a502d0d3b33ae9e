// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  i18n: {
    defaultLocale: 'en',
    locales: ['en', 'zh-cn'],
    routing: { prefixDefaultLocale: false },
  },
});
