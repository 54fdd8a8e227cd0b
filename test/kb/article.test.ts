import { describe, expect, it } from 'vitest';
import { parseArticle, renderArticle } from '../../src/kb/article.js';

const file = 'kb/drucker.md';

describe('parseArticle', () => {
  it('reads every front-matter field', () => {
    const text = [
      '---',
      'title: Drucker druckt nicht',
      'tags: [drucker, netzwerk]',
      'products: [lohn, lohn/export]',
      'lang: de',
      'audience: customer',
      'related: ["T-4K7M2QXZ9ABC"]',
      'author: mk',
      'created: 2026-01-05',
      'updated: 2026-02-01',
      '---',
      'Body text.',
    ].join('\n');
    const r = parseArticle('drucker', text, file);
    expect(r).toEqual({
      ok: true,
      article: {
        slug: 'drucker',
        file,
        meta: {
          title: 'Drucker druckt nicht', tags: ['drucker', 'netzwerk'], products: ['lohn', 'lohn/export'], lang: 'de',
          audience: 'customer', related: ['T-4K7M2QXZ9ABC'], author: 'mk', created: '2026-01-05', updated: '2026-02-01',
        },
        body: 'Body text.',
      },
    });
  });

  it('names file and line of broken YAML', () => {
    const r = parseArticle('x', '---\ntitle: ok\ntags: [a, b\nlang: de\n---\nbody', file);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file, field: 'front matter' });
    expect(r.problems[0]!.message).toMatch(/invalid YAML/);
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing title with its field', () => {
    const r = parseArticle('x', '---\ntags: [a]\n---\nbody', file);
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ file, field: 'title', message: 'title is required' })] });
  });

  it('names the line of an invalid field', () => {
    const r = parseArticle('x', '---\ntitle: t\nlang: fr\n---\nbody', file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ field: 'lang', line: 3 });
  });

  it('rejects unknown fields so typos do not go unnoticed', () => {
    const r = parseArticle('x', '---\ntitle: t\ntagz: [a]\n---\n', file);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ field: 'tagz', line: 3 });
  });

  it('needs front matter', () => {
    const r = parseArticle('x', '# Just Markdown', file);
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'front matter', line: 1 })] });
  });

  it.each(['../etc/passwd', 'a/b', 'a\\b', 'Upper', '-dash', '', 'a b', 'ä'])('rejects slug %j', (slug) => {
    const r = parseArticle(slug, '---\ntitle: t\n---\n', file);
    expect(r).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'slug' })] });
  });

  it('reports binary junk instead of crashing', () => {
    const nul = parseArticle('x', new Uint8Array([45, 45, 45, 10, 0, 1, 2, 255]), file);
    expect(nul).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'file' })] });
    const latin1 = parseArticle('x', new Uint8Array([...Buffer.from('---\ntitle: M'), 0xfc, ...Buffer.from('ller\n---\n')]), file);
    expect(latin1).toEqual({ ok: false, problems: [expect.objectContaining({ message: expect.stringMatching(/UTF-8/) })] });
    const withNul = parseArticle('x', '---\ntitle: t\n---\nab\u0000cd', file);
    expect(withNul.ok).toBe(false);
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    const r = parseArticle('x', '\uFEFF---\r\ntitle: t\r\n---\r\nbody', file);
    expect(r.ok && r.article.meta.title).toBe('t');
  });
});

describe('renderArticle', () => {
  it('writes keys in a fixed order and round-trips', () => {
    const text = '---\nupdated: 2026-02-01\nlang: en\ntitle: Printer offline\ntags:\n  - printer\n---\nBody\n';
    const r = parseArticle('p', text, file);
    if (!r.ok) throw new Error('parse failed');
    const rendered = renderArticle(r.article);
    expect(rendered).toBe('---\ntitle: Printer offline\ntags:\n  - printer\nlang: en\nupdated: 2026-02-01\n---\nBody\n');
    const again = parseArticle('p', rendered, file);
    expect(again.ok && again.article).toEqual(r.article);
  });
});
