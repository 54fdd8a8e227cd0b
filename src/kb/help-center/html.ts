import { htmlText } from '../../core/safe-text/index.js';

/**
 * Text made safe for HTML, element content and attribute values alike: the team's one module
 * for text bound for HTML (markup as entities, controls and bidi controls shown).
 */
export const escapeHtml = (text: string): string => htmlText(text);

/** A link target a public page may carry: the web, mail, or a relative path; nothing that runs. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || trimmed.startsWith('//')) return undefined; // javascript:, data:, file:, …
  return trimmed;
}
