/** An article file's two parts, split without parsing either: the YAML library and zod load only when the YAML is read. */
export function splitFrontMatter(text: string): { yaml: string; body: string } | undefined {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const open = /^---[ \t]*\r?\n/.exec(src);
  if (!open) return undefined;
  const rest = src.slice(open[0].length);
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(rest);
  if (!close) return undefined;
  return { yaml: rest.slice(0, close.index), body: rest.slice(close.index + close[0].length) };
}

/** The Markdown body of an article's text, its front matter skipped unread: for a file parseArticle accepted. */
export function articleBody(text: string): string | undefined {
  return splitFrontMatter(text)?.body;
}
