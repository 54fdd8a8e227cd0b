import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { usage } from '../core/errors.js';
import { BUILT_IN_TEMPLATES } from '../core/mail/template.js';
import { readHelpdeskText, UnreadableFile } from '../store/helpdesk-files.js';

export type Language = 'de' | 'en';

/**
 * Templates live in templates/ as Markdown-free plain text: `NAME.de.txt` and `NAME.en.txt` for
 * the customer's language, or `NAME.txt` for all. A helpdesk's own file wins over a built-in one.
 */
export interface TemplateInfo {
  name: string;
  languages: Language[] | ['any'];
  builtIn: boolean;
}

const FILE = /^([a-z0-9][a-z0-9-]*)(?:\.(de|en))?\.txt$/;

export async function listTemplates(root: string): Promise<TemplateInfo[]> {
  const names = await readdir(join(root, 'templates')).catch(() => [] as string[]);
  const found = new Map<string, Set<string>>();
  for (const n of names) {
    const m = FILE.exec(n);
    if (!m) continue;
    const langs = found.get(m[1]!) ?? new Set();
    langs.add(m[2] ?? 'any');
    found.set(m[1]!, langs);
  }
  const own: TemplateInfo[] = [...found].map(([name, langs]) => ({
    name,
    languages: [...langs].sort() as Language[],
    builtIn: false,
  }));
  const builtIn = Object.keys(BUILT_IN_TEMPLATES)
    .filter((n) => !found.has(n))
    .map((name) => ({ name, languages: ['de', 'en'] as Language[], builtIn: true }));
  return [...own, ...builtIn].sort((a, b) => a.name.localeCompare(b.name));
}

/** A template's text in `language`: its own language file, then the file for all, then the built-in one. */
export async function readTemplate(root: string, name: string, language: Language): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name))
    throw usage(`--template: "${name}" is not a template name`, 'see desk template list');
  for (const file of [`${name}.${language}.txt`, `${name}.txt`]) {
    try {
      return (await readHelpdeskText(root, `templates/${file}`)).replace(/\r\n?/g, '\n').trim();
    } catch (e) {
      // a pipe, a link, a folder: said by its path, not passed over for another template
      if (e instanceof UnreadableFile) throw e;
      // not there: try the next
    }
  }
  const builtIn = BUILT_IN_TEMPLATES[name]?.[language];
  if (builtIn) return builtIn;
  throw usage(`no template "${name}" in templates/`, 'see desk template list');
}
