import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspDirectives, inlineScriptHashes, pageCspProblems, parsePolicy, sha256 } from '../../src/build/csp';

const script = "document.documentElement.classList.add('js');";
const style = 'body{color:red}';
const policy = (extra = '') => `default-src 'self'; script-src 'self' '${sha256(script)}'; style-src 'self' '${sha256(style)}'; object-src 'none'; base-uri 'self'${extra}`;
const page = (head: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy()}">${head}</head><body>${body}</body></html>`;

describe('the Content-Security-Policy check after the build', () => {
  it('passes a page whose inline script and style are hashed, whose data blocks are not scripts, and whose bundles are external', () => {
    const html = page(
      `<script>${script}</script><style>${style}</style>`,
      '<script type="application/json" id="d">{"a":1}</script><script type="module" src="/_astro/x.js"></script>',
    );
    expect(pageCspProblems('/ok/', html)).toEqual([]);
  });

  it('fails a page with an inline script the policy does not cover, naming the page', () => {
    const html = page(`<script>${script}</script><script>alert(1)</script>`);
    expect(pageCspProblems('/sneaky/', html)).toEqual([expect.stringMatching(/^\/sneaky\/: an inline script the policy does not cover: alert\(1\)/)]);
  });

  it('fails a changed inline script: one character is enough', () => {
    expect(pageCspProblems('/changed/', page(`<script>${script} </script>`))).toHaveLength(1);
  });

  it('fails an unhashed inline style, an inline style attribute and an event-handler attribute', () => {
    expect(pageCspProblems('/a/', page('<style>p{}</style>'))).toEqual([expect.stringContaining('inline style the policy does not cover')]);
    expect(pageCspProblems('/b/', page('', '<pre style="color:red">x</pre>'))).toEqual([expect.stringContaining('inline style= attribute')]);
    expect(pageCspProblems('/c/', page('', '<button onclick="go()">x</button>'))).toEqual([expect.stringContaining('inline onclick= attribute')]);
  });

  it('fails a page without a policy, and a policy that allows anything from outside the origin', () => {
    expect(pageCspProblems('/none/', '<html><head></head></html>')).toEqual(['/none/: no Content-Security-Policy']);
    const open = `<meta http-equiv="content-security-policy" content="${policy('; img-src https://cdn.example.com')}">`;
    expect(pageCspProblems('/open/', open)).toEqual(['/open/: img-src allows https://cdn.example.com, which is outside the origin']);
    const unsafe = `<meta http-equiv="content-security-policy" content="${policy().replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")}">`;
    expect(pageCspProblems('/unsafe/', unsafe)).toEqual(["/unsafe/: script-src allows 'unsafe-inline', which is outside the origin"]);
  });

  it('allows the learning record store, and only when it is named', () => {
    const withStore = `<meta http-equiv="content-security-policy" content="${policy("; connect-src 'self' https://lrs.example.com")}">`;
    expect(pageCspProblems('/lrs/', withStore, ['https://lrs.example.com'])).toEqual([]);
    expect(pageCspProblems('/lrs/', withStore)).toHaveLength(1);
  });
});

describe('the policy', () => {
  it('keeps every directive to the origin, and adds the record store to connect-src only', () => {
    const plain = parsePolicy(cspDirectives().join('; '));
    for (const [, sources] of plain) expect(sources.every((s) => s === "'self'" || s === "'none'")).toBe(true);
    const withStore = parsePolicy(cspDirectives('https://lrs.example.com/xapi').join('; '));
    expect(withStore.get('connect-src')).toEqual(["'self'", 'https://lrs.example.com']);
    expect(withStore.get('img-src')).toEqual(["'self'"]);
  });

  it('hashes exactly the inline scripts the layouts import', () => {
    const dir = fileURLToPath(new URL('../../src/layouts/inline-scripts/', import.meta.url));
    const hashes = inlineScriptHashes(dir);
    expect(hashes.length).toBeGreaterThanOrEqual(3);
    const theme = readFileSync(`${dir}theme-first-paint.js`, 'utf8');
    expect(hashes).toContain(sha256(theme));
  });
});
