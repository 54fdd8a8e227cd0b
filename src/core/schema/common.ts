import { z } from 'zod';
import { distance } from 'fastest-levenshtein';
import { moneyProblem, parseMoney } from '../money.js';
import { parseDuration } from '../duration.js';
import { isRealDay, writtenInstant } from '../written-time.js';
import { oneLineProblem, xmlProblem } from '../safe-text/index.js';

/**
 * Text that may reach an issued invoice (names, addresses, ids): characters its e-invoice (XML)
 * cannot carry are refused here, where it is typed or read, with the field named — never found
 * in an invoice already issued.
 */
export const documentText = z.string().superRefine((s, ctx) => {
  const problem = xmlProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** As `documentText`, and one line: a name or an address line never spans lines. */
export const documentLine = documentText.superRefine((s, ctx) => {
  const problem = oneLineProblem(s);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/**
 * An ISO calendar date (`2026-11-26`), kept as a string: dates in files are company-local days.
 * A day that does not exist (2026-02-30, 2026-10-32) is refused here, where every file is read:
 * no billing period would ever count it.
 */
export const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .superRefine((s, ctx) => {
    if (!isRealDay(s)) ctx.addIssue({ code: 'custom', message: `"${s}" is not a date; write it like 2026-11-26` });
  });

/**
 * An instant as events keep it, ISO 8601 with offset (`2026-11-26T09:00:00+01:00`), refused when
 * its date or time does not exist rather than rolled over to another day.
 */
export const isoInstant = z.string().superRefine((s, ctx) => {
  if (!writtenInstant(s))
    ctx.addIssue({ code: 'custom', message: `"${s}" is not an instant; write it like 2026-11-26T09:00:00+01:00` });
});

/** An amount of money written as "1200.00" or 1200; parsed to integer cents. */
export const money = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const cents = parseMoney(v);
  if (cents === undefined || cents < 0) {
    ctx.addIssue({
      code: 'custom',
      message: cents === undefined ? moneyProblem(v) : `"${v}" is not an amount; write it like 110.00`,
    });
    return z.NEVER;
  }
  return cents;
});

/**
 * An amount on an issued invoice: may be negative (a line taking back what an earlier invoice
 * billed) and may sum beyond MAX_AMOUNT, never beyond what is exact.
 */
export const signedMoney = z.union([z.string(), z.number()]).transform((v, ctx) => {
  const cents = parseMoney(v, Number.MAX_SAFE_INTEGER);
  if (cents === undefined) {
    ctx.addIssue({ code: 'custom', message: moneyProblem(v) });
    return z.NEVER;
  }
  return cents;
});

/** The most hours a contract term or setting may give: far beyond a year of anyone's time. */
export const MAX_HOURS = 1_000_000;

/** Hours as a number (7.5) or a duration ("7h30m"); parsed to whole minutes. */
export const hours = z.union([z.string(), z.number()]).transform((v, ctx) => {
  // a bare number is hours here ("10" included hours), unlike a typed duration where it is minutes
  const text = typeof v === 'number' ? String(v) : v.trim();
  const minutes = /^\d+([.,]\d+)?$/.test(text) ? parseDuration(`${text}h`) : parseDuration(text);
  if (minutes === undefined || minutes < 0) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is not a number of hours; write it like 10 or 7h30m` });
    return z.NEVER;
  }
  if (minutes > MAX_HOURS * 60) {
    ctx.addIssue({ code: 'custom', message: `"${v}" is more than ${MAX_HOURS} hours, the most desk takes` });
    return z.NEVER;
  }
  return minutes;
});

/** The most days a term of desk.yaml gives (payment terms, reminders, Skonto): a year. */
export const MAX_DAYS = 365;

/** A number of days from `min` to a year: more is a typo, and would take dates beyond the calendar. */
export const days = (min: number) =>
  z
    .number()
    .int()
    .min(min)
    .max(MAX_DAYS, { error: (issue) => `${String(issue.input)} days is more than ${MAX_DAYS}, the most desk takes` });

export const staffId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'staff ids are lower-case letters, digits and dashes');
export const customerId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'customer ids are lower-case letters, digits and dashes');

const addressShape = {
  street: documentLine.min(1),
  postalCode: documentLine.min(1),
  city: documentLine.min(1),
  country: z.string().regex(/^[A-Z]{2}$/, 'use the two-letter ISO country code, e.g. DE'),
};

/**
 * The known key a misspelt one most likely meant: the same but for case, or one or two letters
 * off (three in a long name); undefined when none is that close.
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = distance(lower, name.toLowerCase());
    if (d <= allowed && (!best || d < best.d)) best = { name, d };
  }
  return best?.name;
}

/**
 * An object whose every key must be one it knows. A misspelt key is not dropped: in desk.yaml and
 * in a contract it would silently become the default (a reaction time becomes best effort, a
 * settlement the other one), so each unknown key is a problem of its own, at its own path, with
 * the key it most likely meant. Refusing also what a newer desk might write is the price: an older
 * desk stops at such a file rather than billing or measuring by half of it (docs/files.md).
 */
export function strictObject<const T extends z.ZodRawShape>(shape: T): z.ZodObject<T, z.core.$strict> {
  const known = Object.keys(shape);
  const unknownField = z.custom<never>(() => false, {
    error: (issue) => {
      const near = nearestKey(String(issue.path?.at(-1) ?? ''), known);
      return near ? `unknown field; did you mean ${near}?` : 'unknown field';
    },
  });
  // a catchall that always fails reports each unknown key at its path (zod's strict object gives
  // one issue for all of them at the object's path); the shape's type is the strict object's
  return z.object(shape).catchall(unknownField) as unknown as z.ZodObject<T, z.core.$strict>;
}

/** An address in desk.yaml, a customer file or an issued record: a misspelt line is refused. */
export const postalAddress = strictObject(addressShape);
export type Address = z.infer<typeof postalAddress>;
