/**
 * Reports to text: each report's layout (./layouts) makes a document, each format renders it.
 * JSON is the report's figures themselves (docs/reports.md#json), not the layout.
 */
import type { Report } from '../../core/reports/index.js';
import type { ReportName } from '../../core/reports/index.js';
import { safeJson } from '../../core/safe-text/index.js';
import type { ReportDocument } from './document.js';
import { renderCsv } from './formats/csv.js';
import { renderHtml } from './formats/html.js';
import { renderMarkdown } from './formats/markdown.js';
import { renderText } from './formats/text.js';
import type { CsvLocale } from './formats/values.js';
import { LAYOUTS, type LayoutContext } from './layouts/index.js';
import { tIn, type Language, type Say } from '../../i18n/index.js';
import { renderIn } from '../../i18n/render.js';

export const FORMATS = ['table', 'md', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** CSV's heading rows: the fixed English keys scripts read (default), or the reader's language. */
export const CSV_HEADERS = ['keys', 'localized'] as const;
export type CsvHeader = (typeof CSV_HEADERS)[number];

export interface RenderOptions extends Omit<LayoutContext, 'lang' | 'say'> {
  csvLocale: CsvLocale;
  csvHeader?: CsvHeader;
  /** The language people read it in (loaded by the caller); `--json` and CSV keys do not change with it. */
  lang: Language;
  /** False for text that leaves the terminal (a mail): never marked for the catalog test. */
  marked?: boolean;
}

export function layoutOf(report: Report, ctx: LayoutContext): ReportDocument {
  return { ...LAYOUTS[report.report as ReportName](report as never, ctx), language: ctx.lang, say: ctx.say };
}

export function renderReport(report: Report, format: Format, opts: RenderOptions): string {
  // escaped as --json is: DEL, C1 and bidi controls from outside text as \u escapes, valid JSON a terminal cannot act on
  if (format === 'json') return `${safeJson(report)}\n`;
  // CSV is read by programs: unless a localized heading is asked for, it is the same in every language
  const keys = format === 'csv' && opts.csvHeader !== 'localized';
  const lang = keys ? 'en' : opts.lang;
  const say: Say = keys || opts.marked === false ? (k, v) => renderIn(lang, k, v) : (k, v) => tIn(lang, k, v);
  const doc = layoutOf(report, { ...opts, lang, say, terminal: format === 'table' });
  switch (format) {
    case 'table':
      return renderText(doc);
    case 'md':
      return renderMarkdown(doc);
    case 'csv':
      return renderCsv(doc, opts.csvLocale);
    case 'html':
      return renderHtml(doc);
  }
}

/** The format an `--out` file's extension asks for, when `--format` is not given. */
export function formatForFile(path: string): Format | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  const byExt: Record<string, Format> = {
    md: 'md',
    markdown: 'md',
    json: 'json',
    csv: 'csv',
    html: 'html',
    htm: 'html',
    txt: 'table',
  };
  return ext === undefined ? undefined : byExt[ext];
}
