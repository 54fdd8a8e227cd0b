import { refused, usage } from '../core/errors.js';
import { articleUrl } from '../kb/help-center/site.js';
import { guessLanguage } from '../kb/text.js';
import { openHelpdesk, type GlobalOptions } from './context.js';

/**
 * `desk reply --kb SLUG`: the line that points the customer to an article of the published
 * help center — its title and address, from desk.yaml's helpCenter.url. Only articles meant
 * for customers are published, so only they can be linked.
 */
export async function helpCenterLink(o: GlobalOptions, slug: string): Promise<string> {
  const hd = await openHelpdesk(o);
  const article = await hd.kb.read(slug);
  if (article.meta.audience !== 'customer')
    throw refused(
      `--kb ${slug}: the article is not for customers (audience: ${article.meta.audience ?? 'not set'}), so it is not in the help center`,
      'set audience: customer in its front matter if customers may read it, then publish again',
    );
  const base = hd.config.helpCenter?.url;
  if (!base)
    throw usage(
      '--kb: desk.yaml does not say where the help center is served',
      'add helpCenter: { url: https://… } to desk.yaml',
    );
  const lang = article.meta.lang ?? guessLanguage(`${article.meta.title} ${article.body}`);
  return `${article.meta.title}: ${articleUrl(base, lang, slug)}`;
}

/** The reply's text with the link as its own paragraph at the end. */
export function withLink(message: string, link: string): string {
  return message.trim() === '' ? link : `${message.trimEnd()}\n\n${link}`;
}
