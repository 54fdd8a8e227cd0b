import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Parsed } from '../core/files/yaml-text.js';
import { cachesOff } from './cache/caches-off.js';
import { readSealed, writeSealed } from './cache/sealed-file.js';
import { validateYaml } from './yaml-files.js';
import { readHelpdeskTextSync, UnreadableFile } from './helpdesk-files.js';

/**
 * What validating one file found, kept in .desk/valid/<the file's path>.json under the hash of
 * the file's exact text (sealed, and only for the build that validated it: cache/sealed-file.ts),
 * as config-file.ts keeps desk.yaml: the same text always validates the same way, so the copy
 * can never disagree with the file, and any change is validated afresh. Validating loads the
 * YAML library and zod, most of what showing one ticket costs; a file read again as it was
 * needs neither. Only valid files are kept: a broken one is validated, and reported, every time.
 */
export async function validatedOnce<T>(
  root: string,
  file: string,
  text: string,
  validate: () => Promise<Parsed<T>>,
): Promise<Parsed<T>> {
  const kept = keptValid<T>(root, file, text);
  if (kept !== undefined) return { ok: true, value: kept };
  const parsed = await validate();
  if (parsed.ok) await keepValid(root, file, text, parsed.value);
  return parsed;
}

/** The kept result of validating exactly `text` as `file`, or undefined when there is none. */
export function keptValid<T>(root: string, file: string, text: string): T | undefined {
  return cachesOff() ? undefined : readSealed<T>(copyPath(root, file), keyOf(text));
}

/**
 * Keeps `value` as what validating `text` as `file` gives. Only for a value the file's own
 * validator returned for that very text: a writer that has just validated what it writes keeps
 * it, so the next command reads its own write without loading the validator.
 */
export async function keepValid(root: string, file: string, text: string, value: unknown): Promise<void> {
  if (!cachesOff()) await writeSealed(copyPath(root, file), keyOf(text), value);
}

const copyPath = (root: string, file: string) => join(root, '.desk', 'valid', `${file}.json`);
const keyOf = (text: string) => createHash('sha256').update(text).digest('base64url');

/**
 * Reads one YAML file of the helpdesk and validates it against the schema `load` imports, once per
 * version of its text. Read synchronously: these are small files read one after another (the
 * customers' files: 500 at once), where each asynchronous read's four round trips through the
 * thread pool cost more than the reading.
 */
export async function readValidYaml<S extends z.ZodType>(
  root: string,
  file: string,
  load: () => Promise<S>,
): Promise<Parsed<z.infer<S>>> {
  let text: string;
  try {
    text = readHelpdeskTextSync(root, file);
  } catch (e) {
    if (e instanceof UnreadableFile) return { ok: false, problems: [e.problem] };
    throw e;
  }
  return validatedOnce(root, file, text, async () => validateYaml(file, text, await load()));
}
