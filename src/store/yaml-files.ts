import type { z } from 'zod';
import { invalid } from '../core/errors.js';
import { text } from '../i18n/keys.js';
import { issuesToProblems, parseYamlText, type Parsed } from '../core/files/yaml-text.js';
import { readHelpdeskText, UnreadableFile } from './helpdesk-files.js';

/** Reads and validates one YAML file of the helpdesk against its schema; every problem carries file and field. */
export async function readYamlFile<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
): Promise<Parsed<z.infer<S>>> {
  let text: string;
  try {
    text = await readHelpdeskText(root, file);
  } catch (e) {
    if (e instanceof UnreadableFile) return { ok: false, problems: [e.problem] };
    throw e;
  }
  return validateYaml(file, text, schema);
}

export function validateYaml<S extends z.ZodType>(file: string, text: string, schema: S): Parsed<z.infer<S>> {
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = schema.safeParse(yaml.value ?? {});
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  return { ok: true, value: parsed.data };
}

/** For commands that need the file to be valid: the first problem becomes the error. */
export function orThrow<T>(parsed: Parsed<T>): T {
  if (parsed.ok) return parsed.value;
  const [first, ...rest] = parsed.problems;
  throw invalid(
    text('store.damaged', { file: first?.file, field: first?.field, message: first?.message, more: rest.length }),
    text('store.damagedHint'),
  );
}
