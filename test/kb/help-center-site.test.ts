import { describe, expect, it } from 'vitest';
import { withoutInternalSections } from '../../src/kb/help-center/internal-sections.js';
import { renderMarkdown } from '../../src/kb/help-center/markdown.js';
import { planSite } from '../../src/kb/help-center/site.js';
import { analyze } from '../../src/kb/text.js';
import { article } from './helpers.js';

describe('internal sections', () => {
  it('are left out, nested containers and all, and an unclosed one hides the rest', () => {
    const md = 'Für alle.\n\n::: internal\nGeheim.\n::: warning\nauch geheim\n:::\nnoch geheim\n:::\n\nWieder für alle.';
    expect(withoutInternalSections(md)).toBe('Für alle.\n\n\nWieder für alle.');
    expect(withoutInternalSections('Start\n::: Intern\nbis zum Ende')).toBe('Start');
  });
});

describe('article HTML for the public site', () => {
  it('shows raw HTML as text and drops links that would run code', () => {
    const { html } = renderMarkdown('<script>alert(1)</script>\n\n[klick](javascript:alert(1)) [ok](https://example.de)', (p) => p);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.de" rel="noopener noreferrer">ok</a>');
  });
});

describe('the planned site', () => {
  const customer = article('vpn', { title: 'VPN einrichten', lang: 'de', audience: 'customer', products: ['basis'] }, 'So geht es.\n\n::: internal\nAdmin-Passwort Zaunkönig\n:::');
  const internal = article('intern', { title: 'Serverraum Schlüssel', lang: 'de', audience: 'internal' }, 'Schlüssel liegt bei Frau Amsel.');
  const unset = article('ohne', { title: 'Ohne Angabe', lang: 'de' }, 'Kein audience-Feld.');
  const site = planSite({ companyName: 'Nordlicht', products: [{ id: 'basis', name: 'Basis', modules: [] }], articles: [customer, internal, unset], langs: ['de'] });
  const everything = [...site.pages.values()].join('\n');

  it('holds customer articles only: an article without audience is not published', () => {
    expect(site.published.de).toEqual(['vpn']);
    for (const secret of ['Zaunkönig', 'Zaunk', 'Serverraum', 'Amsel', 'Ohne Angabe']) expect(everything).not.toContain(secret);
    // nor as an index term of the search file
    expect(site.pages.get('de/search-index.json')).not.toContain(analyze('Zaunkönig', 'de')[0]!);
  });
});

describe('acronym plurals', () => {
  it('meet their singular in both languages', () => {
    for (const lang of ['en', 'de'] as const) {
      expect(analyze('SDKs PDFs VMs CPUs APIs', lang)).toEqual(analyze('SDK PDF VM CPU API', lang));
      expect(analyze('pdfs vms', lang)).toEqual(analyze('pdf vm', lang));
    }
    expect(analyze('DNS', 'en')).toEqual(analyze('dns', 'en'));
  });
});
