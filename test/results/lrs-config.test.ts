import { describe, expect, it } from 'vitest';
import { lrsConfigFrom } from '../../src/results';

const auth = `Basic ${btoa('casebook-key:s3cret')}`;

describe('the record store settings from the build environment', () => {
  it('none configured: null, also for empty values', () => {
    expect(lrsConfigFrom({})).toBeNull();
    expect(lrsConfigFrom({ PUBLIC_LRS_ENDPOINT: '', PUBLIC_LRS_AUTH: '  ' })).toBeNull();
  });

  it('well formed: the endpoint without its trailing slash, the header as given', () => {
    expect(lrsConfigFrom({ PUBLIC_LRS_ENDPOINT: 'https://lrs.example.com/xapi/', PUBLIC_LRS_AUTH: auth })).toEqual({
      ok: true,
      config: { endpoint: 'https://lrs.example.com/xapi', auth },
    });
    expect(lrsConfigFrom({ PUBLIC_LRS_ENDPOINT: 'http://localhost:8080/xapi', PUBLIC_LRS_AUTH: auth })?.ok).toBe(true);
  });

  it('malformed: every problem listed, by variable', () => {
    const result = lrsConfigFrom({ PUBLIC_LRS_ENDPOINT: 'http://lrs.example.com/xapi', PUBLIC_LRS_AUTH: 'casebook-key:s3cret' });
    expect(result?.ok).toBe(false);
    if (!result || result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^PUBLIC_LRS_ENDPOINT: .*https/);
    expect(result.problems[1]).toMatch(/^PUBLIC_LRS_AUTH: /);
  });

  it('one without the other, and each way a value can be wrong', () => {
    const problems = (env: Record<string, string>) => {
      const result = lrsConfigFrom(env);
      return result && !result.ok ? result.problems : [];
    };
    expect(problems({ PUBLIC_LRS_ENDPOINT: 'https://lrs.example.com/xapi' })).toEqual([expect.stringMatching(/^PUBLIC_LRS_AUTH: missing/)]);
    expect(problems({ PUBLIC_LRS_AUTH: auth })).toEqual([expect.stringMatching(/^PUBLIC_LRS_ENDPOINT: missing/)]);
    for (const endpoint of ['lrs.example.com', 'ftp://lrs.example.com', 'https://key:secret@lrs.example.com', 'https://lrs.example.com/xapi?x=1'])
      expect(problems({ PUBLIC_LRS_ENDPOINT: endpoint, PUBLIC_LRS_AUTH: auth })).toEqual([expect.stringMatching(/^PUBLIC_LRS_ENDPOINT: /)]);
    for (const header of [`Bearer ${btoa('a:b')}`, `Basic ${btoa('no-colon')}`, 'Basic !!!', 'Basic a'])
      expect(problems({ PUBLIC_LRS_ENDPOINT: 'https://lrs.example.com/xapi', PUBLIC_LRS_AUTH: header })).toEqual([expect.stringMatching(/^PUBLIC_LRS_AUTH: /)]);
  });
});
