import { text, type Key, type Text } from './keys.js';
import { renderIn } from './render.js';
import type { schemaDesk } from './catalog/en/schema-desk.js';

/**
 * A field's problem as zod worded it, said in the reader's language when it is one of zod's
 * common verdicts (missing, wrong type, not an allowed value, unknown field, a bare invalid input)
 * or one of desk's own schema messages (src/core/schema); anything else (YAML syntax errors, a
 * text's unsafe characters) stays as written. The files, the ticket index and `--json` keep the
 * English words: this only says them again for the terminal.
 */
export function schemaMessage(message: string): Text | string {
  const type = (t: string) => text('schema.type', { type: t });
  if (message === 'Invalid input') return text('schema.invalid');
  let m = /^Invalid input: expected (\w+), received undefined$/.exec(message);
  if (m) return text('schema.required', { expected: type(m[1]!) });
  m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (m) return text('schema.wrongType', { expected: type(m[1]!), received: type(m[2]!) });
  m = /^Invalid option: expected one of (.+)$/.exec(message);
  if (m) return text('schema.wrongOption', { choices: m[1]! });
  m = /^Unrecognized keys?: (.+)$/.exec(message);
  if (m) return text('schema.unknownKeys', { count: m[1]!.split(', ').length, keys: m[1]! });
  return deskMessage(message) ?? message;
}

/** The placeholders of each of desk's own messages (catalog area schemaDesk), in no order. */
const PLACEHOLDERS: { readonly [K in keyof typeof schemaDesk]: readonly string[] } = {
  date: ['value'],
  instant: ['value'],
  notAmount: ['value'],
  tooMuchMoney: ['value', 'max'],
  notHours: ['value'],
  tooManyHours: ['value', 'max'],
  staffId: [],
  customerId: [],
  country: [],
  mailActor: ['actor'],
  roles: [],
  productId: [],
  emptyModule: [],
  logo: [],
  helpCenterUrl: [],
  stages: [],
  signersPath: [],
  commit: [],
  note: [],
  cap: [],
  mailDomain: [],
  envName: [],
  password: [],
  sourceName: [],
  sourceKind: [],
  twoSources: ['name'],
  webhookName: [],
  webhookUrl: [],
  channel: [],
  twoWebhooks: ['name'],
  xmlCharacter: ['cp', 'at'],
  lineBreak: ['at'],
  contractEnds: ['end', 'start'],
  contractNoRate: [],
  contractPoolWindow: ['window', 'period'],
  contractOverlaps: ['other'],
  contractGap: ['from', 'to', 'previous'],
  contractsAtOnce: ['customer', 'count', 'day'],
  contractsAtOnceHint: [],
  unknownField: [],
  unknownFieldNear: ['known'],
  seqWidth: ['width', 'max'],
  tooManyDays: ['value', 'max'],
  vatDecimals: ['value'],
  notZero: [],
};

interface DeskPattern {
  key: Key;
  english: RegExp;
  names: string[];
}

let patterns: DeskPattern[] | undefined;

/**
 * Each message as a pattern made from its English text (rendered with a mark in each
 * placeholder), so that a message's words are written in two places only: the schema and the
 * catalog, which test/i18n/schema-messages.test.ts holds together.
 */
function deskPatterns(): DeskPattern[] {
  return (patterns ??= Object.entries(PLACEHOLDERS).map(([name, placeholders]) => {
    const key = `schemaDesk.${name}` as Key;
    const marks = Object.fromEntries(placeholders.map((p, i) => [p, `\uE000${i}\uE000`]));
    const parts = renderIn('en', key, marks).split(/\uE000(\d+)\uE000/);
    const names: string[] = [];
    const source = parts
      .map((part, i) => {
        if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(placeholders[Number(part)]!);
        return '(.*)';
      })
      .join('');
    return { key, english: new RegExp(`^${source}$`, 's'), names };
  }));
}

function deskMessage(message: string): Text | undefined {
  for (const { key, english, names } of deskPatterns()) {
    const m = english.exec(message);
    if (m) return text(key, Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])));
  }
  return undefined;
}
