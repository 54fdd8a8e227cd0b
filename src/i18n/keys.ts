import type { Catalog } from './catalog/en/index.js';

/** A text of the catalog: `area.name`, e.g. `workflow.closed`. */
export type Key = { [A in keyof Catalog & string]: `${A}.${keyof Catalog[A] & string}` }[keyof Catalog & string];

/**
 * What a message's placeholders are filled with: numbers for plurals, strings for select and
 * text, or another text (said in the same language: a reason inside a refusal, a status name).
 */
export type Values = { [name: string]: string | number | Date | Text | Figure | undefined };

/**
 * A figure core hands up inside a text, written as the reader writes it when the text is said:
 * money `1.234,50 €` / `€1,234.50`, hours of work `1:30`, a day `06.12.2026` / `2026-12-06`.
 */
export type Figure = { readonly cents: number } | { readonly minutes: number } | { readonly day: string };
export const money = (cents: number): Figure => ({ cents });
export const hours = (minutes: number): Figure => ({ minutes });
export const day = (isoDay: string): Figure => ({ day: isoDay });

/** A text to be shown in the reader's language: core and store say what, the command line says it. */
export interface Text {
  readonly key: Key;
  readonly values?: Values;
}

/** The German texts of one area must have exactly the English one's keys. */
export type Texts<Area> = { readonly [K in keyof Area]: string };

export const text = (key: Key, values?: Values): Text => ({ key, values });
export const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).key === 'string';
