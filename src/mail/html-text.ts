import { convert } from 'html-to-text';

/**
 * An HTML-only mail as readable text (never rendered): paragraphs and line breaks kept, links
 * written out, images and styles dropped, quoted blocks marked with "> " so the reply trimmer
 * recognises them.
 */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'head', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true, ignoreHref: false } },
      { selector: 'blockquote', format: 'blockquote', options: { trimEmptyLines: true } },
    ],
  })
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
