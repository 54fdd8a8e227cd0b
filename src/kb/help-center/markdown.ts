import { Marked, type Tokens } from 'marked';
import { markdownSource } from '../../core/safe-text/index.js';
import { escapeHtml, safeHref } from './html.js';
import { text, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';

/**
 * An article's Markdown as the help center's HTML. Raw HTML in the Markdown is shown as text,
 * not passed through (a public page runs nothing an author pasted); links keep only targets
 * that cannot run code; images must be files of the knowledge base (nothing is loaded from
 * other sites), and `imageSource` says where each one is published. Controls and bidi controls
 * are shown, not written raw: the renderer escapes markup only.
 */
export interface RenderedArticle {
  html: string;
  /** Image paths as written in the article, relative to kb/. */
  images: string[];
}

/** Why an image cannot be published: English as its message (logs), the text for the reader. */
export class ImageProblem extends Error {
  constructor(readonly said: Text) {
    super(renderIn('en', said.key, said.values));
  }
}

export function renderMarkdown(markdown: string, imageSource: (path: string) => string): RenderedArticle {
  const images: string[] = [];
  let problem: ImageProblem | undefined;
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
      link(this: { parser: { parseInline(t: unknown[]): string } }, { href, title, tokens }: Tokens.Link) {
        const text = this.parser.parseInline(tokens);
        const target = safeHref(href);
        if (target === undefined) return text;
        const external = /^https?:/i.test(target);
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}${external ? ' rel="noopener noreferrer"' : ''}>${text}</a>`;
      },
      image({ href, title, text }: Tokens.Image) {
        const path = localImagePath(href);
        if (path instanceof ImageProblem) {
          // thrown here, marked would add a plea to report it to marked's authors
          problem ??= path;
          return '';
        }
        images.push(path);
        return `<img src="${escapeHtml(imageSource(path))}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''} loading="lazy">`;
      },
    },
  });
  const html = marked.parse(markdownSource(markdown)) as string;
  if (problem) throw problem;
  return { html, images };
}

/** An image's path inside kb/, or an ImageProblem saying why it cannot be published. */
function localImagePath(href: string): string | ImageProblem {
  let path: string;
  try {
    path = decodeURI(href.trim()).replace(/^\.\//, '');
  } catch {
    return new ImageProblem(text('site.imageNotPath', { href }));
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//'))
    return new ImageProblem(text('site.imageElsewhere', { href }));
  if (path.startsWith('/') || path.split('/').includes('..') || path === '')
    return new ImageProblem(text('site.imageOutside', { href }));
  return path;
}
