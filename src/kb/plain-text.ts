/**
 * Markdown → the plain text that is indexed and shown in snippets. Not a Markdown renderer:
 * it only removes the syntax a reader would not type into a search box or want in a snippet.
 */

/** Bodies are indexed up to this many characters; a 5 MB article stays searchable by its start. */
export const MAX_INDEXED_BODY_CHARS = 200_000;

export function markdownToPlainText(markdown: string): string {
  return markdown
    .slice(0, MAX_INDEXED_BODY_CHARS)
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/^\s*(```|~~~).*$/gm, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>+|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/^\s*\|?(\s*:?-{3,}:?\s*\|)+\s*$/gm, ' ')
    .replace(/[*_~`|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
