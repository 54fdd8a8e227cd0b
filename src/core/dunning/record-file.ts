import { z } from 'zod';
import { issuesToProblems, parseYamlText, stringifyYaml, type Parsed } from '../files/yaml-text.js';
import { formatMoney, parseMoney } from '../money.js';
import { isoDate, money, strictObject } from '../schema/common.js';
import { LETTER_MAIL_STATUSES, type DunningLetter } from './plan.js';

const schema = strictObject({
  id: z.string().min(1),
  invoice: z.string().min(1),
  customer: z.string().min(1),
  stage: z.number().int().min(1),
  date: isoDate,
  language: z.enum(['de', 'en']),
  invoiceDate: isoDate,
  dueDate: isoDate,
  gross: money,
  paid: z.union([z.string(), z.number()]).transform((v) => parseMoney(v) ?? 0),
  open: money,
  fee: money,
  fees: money,
  interest: money,
  interestDetail: strictObject({
    from: isoDate,
    to: isoDate,
    days: z.number().int(),
    segments: z.array(strictObject({ from: isoDate, to: isoDate, rate: z.number() })),
  }).optional(),
  total: money,
  payBy: isoDate,
  mail: strictObject({
    messageId: z.string().min(1),
    to: z.string().email(),
    status: z.enum(LETTER_MAIL_STATUSES),
    at: z.string().optional(),
    error: z.string().optional(),
  }).optional(),
});

export const letterDir = (l: Pick<DunningLetter, 'date'>) => `dunning/${l.date.slice(0, 4)}`;
export const letterPath = (l: Pick<DunningLetter, 'date' | 'id'>) => `${letterDir(l)}/${l.id}.yaml`;

const HEADER =
  'A payment reminder as sent: never edit it. desk dunning run writes one per invoice and stage; mail: is its e-mail, queued, then sent or failed.';

export function serialiseLetter(l: DunningLetter): string {
  const m = formatMoney;
  return stringifyYaml(
    JSON.parse(
      JSON.stringify({
        ...l,
        gross: m(l.gross),
        paid: m(l.paid),
        open: m(l.open),
        fee: m(l.fee),
        fees: m(l.fees),
        interest: m(l.interest),
        total: m(l.total),
      }),
    ),
    HEADER,
  );
}

export function parseLetter(file: string, text: string): Parsed<DunningLetter> {
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = schema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  return { ok: true, value: parsed.data as DunningLetter };
}

/**
 * Whether a letter's file changed only by the outbox recording its mail (queued → sent or
 * failed, same Message-ID): what `desk mail send` does, not a dunning run, so the history check
 * asks for the permission sending asks for.
 */
export function onlyMailRecorded(before: string, after: string): boolean {
  const b = parseLetter('', before);
  const a = parseLetter('', after);
  if (!b.ok || !a.ok) return false;
  const was = b.value.mail;
  const now = a.value.mail;
  if (was?.status !== 'queued' || !now || now.status === 'queued' || now.messageId !== was.messageId) return false;
  const rest = (l: DunningLetter) => JSON.stringify({ ...l, mail: undefined });
  return rest(b.value) === rest(a.value);
}
