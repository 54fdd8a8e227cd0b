import { usage } from '../../core/errors.js';
import { planSite, SiteProblem } from '../../kb/help-center/site.js';
import { LANGS, type Lang } from '../../kb/langs.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { reportSkipped } from '../kb-problems.js';
import { oneOf } from './qualification.js';
import { t, text } from '../../i18n/index.js';

interface PublishFlags extends GlobalOptions {
  out?: string;
  lang?: string;
  baseUrl?: string;
  json?: boolean;
}

/**
 * `desk kb publish --out DIR`: the customer articles as a static help center (docs/help-center.md).
 * Writes no commit: the site is derived from kb/ and is rebuilt by CI on every push.
 */
export async function kbPublish(o: PublishFlags): Promise<void> {
  if (!o.out) throw usage(text('system.publishNoOut'), text('system.publishNoOutHint'));
  const langs: Lang[] = o.lang === undefined ? [...LANGS] : [oneOf(o.lang, LANGS, '--lang')];
  const baseUrl = o.baseUrl === undefined ? undefined : checkedUrl(o.baseUrl);
  const hd = await openHelpdesk(o);
  const config = hd.config;
  const { articles, problems } = await hd.kb.all();
  reportSkipped(hd.root, problems);
  let site;
  try {
    site = planSite({
      companyName: config.company.name,
      ...(config.company.logo ? { logo: config.company.logo } : {}),
      products: config.products,
      articles,
      langs,
      ...((baseUrl ?? config.helpCenter?.url) ? { baseUrl: baseUrl ?? config.helpCenter?.url } : {}),
    });
  } catch (e) {
    if (e instanceof SiteProblem) throw usage(e.said, text('system.publishFixArticle'));
    throw e;
  }
  await hd.kb.publish(o.out, site);
  const counts = Object.fromEntries(langs.map((l) => [l, site.published[l].length]));
  if (o.json) return printJson({ out: o.out, articles: counts });
  const each = langs.map((lang) => t('system.publishedCount', { count: counts[lang] ?? 0, lang }));
  await print(t('system.published', { dir: o.out, counts: each.join(', ') }));
}

function checkedUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw usage(text('system.publishNotUrl', { value }), text('system.publishNotUrlHint'));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw usage(text('system.publishScheme', { value }));
  return url.href;
}
