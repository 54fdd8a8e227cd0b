import { text, type Text } from './keys.js';

/**
 * A field's problem as zod worded it, said in the reader's language when it is one of zod's
 * common verdicts (missing, wrong type, not an allowed value, unknown field, a bare invalid input); anything else
 * (desk's own schema messages, YAML syntax errors) stays as written. The files, the ticket
 * index and `--json` keep zod's English words: this only says them again for the terminal.
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
  return message;
}
