import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { visibleRuns, zhPageProblems } from '../../src/build/zh-page-text';

// A built site kept on purpose: its Chinese page holds the words components join wrongly.
const site = fileURLToPath(new URL('../fixtures/zh-site/', import.meta.url));

describe('the build check over the Chinese pages bites', () => {
  it('finds the marks and terms a reader sees, joined across elements, on Chinese pages only', () => {
    expect(zhPageProblems(site)).toEqual([
      expect.stringMatching(/^\/zh-cn\/bad\/: half-width ":" in "最近审核: 2026.*" \(use ：\)$/),
      expect.stringMatching(/^\/zh-cn\/bad\/: half-width ":" in "来源: 000.*" \(use ：\)$/),
      expect.stringMatching(/^\/zh-cn\/bad\/: half-width "\(" in ".*larke \(急躁\)" \(use （\)$/),
      expect.stringMatching(/^\/zh-cn\/bad\/: half-width "\)" in ".* \(急躁\)" \(use ）\)$/),
      '/zh-cn/bad/: refused "撤诉" (use 撤销索赔)',
    ]);
  });

  it('leaves out scripts, code, other-language quotes and search aliases', () => {
    const runs = visibleRuns('<p>甲</p><script>"乙: 1"</script><pre>丙: 2</pre><p class="aliases">撤诉</p><span lang="en">a (丁)</span><p>戊</p>');
    expect(runs).toEqual(['甲', '戊']);
  });
});
