/**
 * A report laid out for reading, independent of the output format: titled sections of key
 * figures, tables, charts and text. Layouts (./layouts) build it from a report's figures; the
 * formats (./formats) turn it into a terminal table, Markdown, CSV or an HTML page.
 */
import type { Language, Say } from '../../i18n/index.js';

/** How a value is shown: every format formats each unit its own way (docs/reports.md#formats). */
export type Unit = 'text' | 'count' | 'percent' | 'minutes' | 'hours' | 'cents' | 'score' | 'days' | 'trend';

/** A cell: text, a number in its column's unit, a series (unit `trend`), or null for "no value". */
export type Value = string | number | null | readonly (number | null)[];

export interface Column {
  readonly header: string;
  readonly unit: Unit;
  /** For `trend`: a level marked in the chart (100 % of a quota); bars are scaled to the larger of it and the values. */
  readonly reference?: number;
}

export interface FiguresBlock {
  readonly kind: 'figures';
  readonly items: readonly { label: string; value: Value; unit: Unit; metric?: string }[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly title?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Value[])[];
  /** Said instead of an empty table. */
  readonly empty: string;
}

export interface ChartBlock {
  readonly kind: 'chart';
  readonly title: string;
  readonly unit: Unit;
  readonly labels: readonly string[];
  readonly series: readonly { name: string; values: readonly (number | null)[] }[];
  /** A line drawn across, e.g. 100 % of the quota. */
  readonly reference?: { value: number; label: string };
}

export interface TextBlock {
  readonly kind: 'text';
  readonly text: string;
}

export type Block = FiguresBlock | TableBlock | ChartBlock | TextBlock;

export interface Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface ReportDocument {
  /** The language the layout said it in: the formats say their own few words and numbers in it too. */
  readonly language: Language;
  readonly say: Say;
  readonly title: string;
  /** One line each under the title: as of, period, customer. */
  readonly meta: readonly string[];
  readonly sections: readonly Section[];
}

export const figures = (items: FiguresBlock['items']): FiguresBlock => ({ kind: 'figures', items });
export const text = (t: string): TextBlock => ({ kind: 'text', text: t });
export const col = (header: string, unit: Unit = 'text', reference?: number): Column => ({
  header,
  unit,
  ...(reference !== undefined && { reference }),
});
export function table(
  columns: readonly Column[],
  rows: readonly (readonly Value[])[],
  empty: string,
  title?: string,
): TableBlock {
  return { kind: 'table', columns, rows, empty, ...(title !== undefined && { title }) };
}

/** What a layout builds; the language it was said in is added by `layoutOf`. */
export type Layout = Omit<ReportDocument, 'language' | 'say'>;
