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

export const FORMATS = ['table', 'md', 'json', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderOptions extends LayoutContext {
  csvLocale: CsvLocale;
}

export function layoutOf(report: Report, ctx: LayoutContext): ReportDocument {
  return LAYOUTS[report.report as ReportName](report as never, ctx);
}

export function renderReport(report: Report, format: Format, opts: RenderOptions): string {
  // escaped as --json is: DEL, C1 and bidi controls from outside text as \u escapes, valid JSON a terminal cannot act on
  if (format === 'json') return `${safeJson(report)}\n`;
  const doc = layoutOf(report, { ...opts, terminal: format === 'table' });
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
