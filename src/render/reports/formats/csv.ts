/**
 * CSV for spreadsheets (`--format csv`): every table of the report one below the other, each
 * under a line with its title, the key figures first. Numbers are plain (hours as decimals,
 * money in EUR); `--csv-locale de` separates with `;`, writes decimal commas and starts with a
 * byte-order mark, which is what a spreadsheet with German settings expects.
 */
import type { ReportDocument, TableBlock, Unit, Value } from '../document.js';
import { plain, plainHeader, type CsvLocale } from './values.js';
import { csvField, csvText } from '../../../core/safe-text/index.js';

export function renderCsv(doc: ReportDocument, locale: CsvLocale): string {
  const sep = locale === 'de' ? ';' : ',';
  // every cell written here is text (titles, labels, names) unless it came through `plain`,
  // which writes numbers: text is made safe for a spreadsheet, numbers stay numbers
  const line = (cells: readonly Cell[]) =>
    cells.map((c) => csvField(typeof c === 'string' ? csvText(c) : c.number, sep)).join(sep);
  const out: string[] = [];
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'figures') {
        out.push(
          line([section.title]),
          line([doc.say('report.csvFigure'), doc.say('report.csvValue'), doc.say('report.csvMetric')]),
        );
        for (const i of block.items)
          out.push(line([plainHeader(i.label, i.unit), value(i.value, i.unit, locale), i.metric ?? '']));
        out.push('');
      } else if (block.kind === 'table' && block.rows.length > 0) {
        out.push(...tableLines(block, section.title, line, locale), '');
      }
    }
  }
  const body = `${line([doc.title, ...doc.meta])}\n\n${out.join('\n').trimEnd()}\n`.replace(/\n/g, '\r\n');
  return locale === 'de' ? `\uFEFF${body}` : body;
}

function tableLines(
  block: TableBlock,
  sectionTitle: string,
  line: (cells: readonly Cell[]) => string,
  locale: CsvLocale,
): string[] {
  return [
    line([block.title ? `${sectionTitle}: ${block.title}` : sectionTitle]),
    line(block.columns.map((c) => plainHeader(c.header, c.unit))),
    ...block.rows.map((row) => line(row.map((v, i) => value(v, block.columns[i]?.unit ?? 'text', locale)))),
  ];
}

/** A cell: text, or a number written by `plain` that must reach the spreadsheet as a number. */
type Cell = string | { number: string };

function value(v: Value, unit: Unit, locale: CsvLocale): Cell {
  return typeof v === 'string' ? v : { number: plain(v, unit, locale) };
}
