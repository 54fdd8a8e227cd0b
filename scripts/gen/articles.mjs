/**
 * Knowledge-base articles in German and English: titles, tags and products from the sample
 * articles (scripts/sample/articles), bodies recombined from their paragraphs, so that the
 * vocabulary and length are those of real support articles and every article differs.
 */
import { articles as samples } from '../sample/articles/index.mjs';
import { stream } from './random.mjs';

const byLang = { de: samples.filter((a) => a.meta.lang === 'de'), en: samples.filter((a) => a.meta.lang === 'en') };
const paragraphs = Object.fromEntries(
  Object.entries(byLang).map(([lang, list]) => [
    lang,
    list.flatMap((a) =>
      a.body
        .trim()
        .split(/\n\s*\n/)
        .filter((p) => !p.startsWith('# '))
        .map((p) => p.trim()),
    ),
  ]),
);
const ASPECTS = {
  de: [
    'nach dem Update',
    'auf dem Terminalserver',
    'im Mandantenbetrieb',
    'bei großen Datenmengen',
    'mit Windows 11',
    'in der Filiale',
    'beim Monatsabschluss',
    'mit mehreren Standorten',
    'ohne Administratorrechte',
    'im Testsystem',
  ],
  en: [
    'after the update',
    'on the terminal server',
    'with several companies',
    'with large data volumes',
    'on Windows 11',
    'at a branch office',
    'at month end',
    'across several sites',
    'without admin rights',
    'on the test system',
  ],
};
const slugOf = (s) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');

/** `count` articles created between `firstDay` and `lastDay` (ISO dates), authors from `authors`. */
export function articlesOf(seed, count, firstDay, lastDay, authors) {
  const from = Date.parse(`${firstDay}T00:00:00Z`);
  const span = Date.parse(`${lastDay}T00:00:00Z`) - from;
  const slugs = new Set();
  const out = [];
  for (let n = 0; n < count; n++) {
    const rnd = stream(seed, `article/${n}`);
    const lang = rnd.chance(0.7) ? 'de' : 'en';
    const base = rnd.pick(byLang[lang]);
    const aspect = rnd.pick(ASPECTS[lang]);
    const title = `${base.meta.title} ${lang === 'de' ? '–' : '-'} ${aspect}`;
    let slug = slugOf(`${base.slug}-${aspect}`);
    for (let k = 2; slugs.has(slug); k++) slug = `${slugOf(`${base.slug}-${aspect}`)}-${k}`;
    slugs.add(slug);
    // older articles first: the knowledge base grows with the ticket volume
    const created = new Date(from + Math.floor(Math.sqrt(rnd.next()) * span)).toISOString().slice(0, 10);
    const updated = rnd.chance(0.4)
      ? new Date(Date.parse(`${created}T00:00:00Z`) + rnd.int(1, 700) * 86_400_000).toISOString().slice(0, 10)
      : undefined;
    const own = base.body
      .trim()
      .split(/\n\s*\n/)
      .filter((p) => !p.startsWith('# '));
    const extra = Array.from({ length: rnd.int(1, 5) }, () => rnd.pick(paragraphs[lang]));
    const body = `\n# ${title}\n\n${[...own.slice(0, rnd.int(2, own.length)), ...extra].join('\n\n')}\n`;
    out.push({
      slug,
      meta: {
        title,
        tags: [...new Set([...(base.meta.tags ?? []).slice(0, rnd.int(2, 6)), aspect.split(' ').pop()])],
        ...(base.meta.products && { products: base.meta.products }),
        lang,
        audience: rnd.chance(0.3) ? 'customer' : 'internal',
        author: rnd.pick(authors),
        created,
        ...(updated && updated <= lastDay && { updated }),
      },
      body,
      related: [],
    });
  }
  return out;
}
