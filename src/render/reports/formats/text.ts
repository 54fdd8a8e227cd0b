/** The terminal format (`--format table`): aligned plain-text tables, sparklines and bars. */
import type { Block, ChartBlock, Column, FiguresBlock, ReportDocument, TableBlock, Value } from '../document.js';
import { human, isNumeric, trendScale } from './values.js';
import { forTerminal, forTerminalLine as line } from '../../../core/safe-text/index.js';

const width = (s: string) => [...s].length;
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - width(s))) + s;

export function renderText(doc: ReportDocument): string {
  const out: string[] = [line(doc.title), ...doc.meta.map(line), ''];
  for (const section of doc.sections) {
    const title = line(section.title);
    out.push(title, '─'.repeat(width(title)));
    for (const block of section.blocks) out.push(...blockLines(block, doc), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** What a format needs of the document besides a block: the language to say numbers and its own words in. */
export type Said = Pick<ReportDocument, 'language' | 'say'>;

function blockLines(block: Block, doc: Said): string[] {
  switch (block.kind) {
    case 'text':
      return [forTerminal(block.text)];
    case 'figures':
      return figureLines(block, doc);
    case 'table':
      return tableLines(block, doc);
    case 'chart':
      return chartLines(block, doc);
  }
}

function figureLines(block: FiguresBlock, doc: Said): string[] {
  const rows = block.items.map((i) => [
    line(i.label),
    line(human(i.value, i.unit, undefined, doc.language)),
    i.metric ?? '',
  ]);
  return aligned(rows, [false, true, false]);
}

export function tableLines(block: TableBlock, doc: Said): string[] {
  const head = block.title ? [line(block.title)] : [];
  if (block.rows.length === 0) return [...head, line(block.empty)];
  const cells = block.rows.map((row) => row.map((v, i) => cellText(v, block.columns, block.rows, i, doc)));
  return [
    ...head,
    ...aligned(
      [block.columns.map((c) => line(c.header.toUpperCase())), ...cells],
      block.columns.map((c) => isNumeric(c.unit)),
    ),
  ];
}

export function cellText(
  v: Value,
  columns: readonly Column[],
  rows: readonly (readonly Value[])[],
  i: number,
  doc: Said,
): string {
  const c = columns[i] as Column;
  return line(human(v, c.unit, c.unit === 'trend' ? trendScale(c, rows, i) : undefined, doc.language));
}

function aligned(rows: string[][], right: boolean[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) =>
        right[i] ? padStart(cell, widths[i] ?? 0) : i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}

const FULL = '█';
const PARTS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const BAR_WIDTH = 30;

/** Horizontal bars in text, for the terminal and for Markdown code blocks. */
export function chartLines(chart: ChartBlock, doc: Said): string[] {
  const human_ = (v: number | null) => human(v, chart.unit, undefined, doc.language);
  const all = chart.series.flatMap((s) => s.values.map((v) => v ?? 0));
  const max = Math.max(chart.reference?.value ?? 0, ...all, 0);
  const bar = (v: number) => {
    const eighths = max <= 0 ? 0 : Math.round((v / max) * BAR_WIDTH * 8);
    return FULL.repeat(Math.floor(eighths / 8)) + (PARTS[eighths % 8] ?? '');
  };
  const labels = chart.labels.map(line);
  const names = chart.series.map((s) => line(s.name));
  const labelWidth = Math.max(...labels.map(width), 0);
  const nameWidth = chart.series.length > 1 ? Math.max(...names.map(width)) : 0;
  const lines = [line(chart.title)];
  labels.forEach((label, i) => {
    chart.series.forEach((s, j) => {
      const v = s.values[i] ?? null;
      const name = nameWidth ? `${padEnd(names[j]!, nameWidth)}  ` : '';
      lines.push(
        `${padEnd(j === 0 ? label : '', labelWidth)}  ${name}${padEnd(v === null ? '' : bar(v), BAR_WIDTH)} ${human_(v)}`.trimEnd(),
      );
    });
  });
  if (chart.reference)
    lines.push(
      doc.say('report.chartScale', {
        max: human_(max),
        label: line(chart.reference.label),
        value: human_(chart.reference.value),
      }),
    );
  return lines;
}
