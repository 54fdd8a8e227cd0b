/**
 * Assembles the evaluation corpus: Debian's manual pages, English and German, rendered to
 * plain text with mandoc and turned into knowledge-base articles (title = the NAME line,
 * body = the rest). The corpus is cached under .desk/kb-eval/ and never committed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, lstatSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Lang } from '../../src/kb/article.js';

const run = promisify(execFile);

export interface CorpusDoc {
  slug: string;
  title: string;
  lang: Lang;
  body: string;
}

/** Packages whose pages make up each language's corpus. */
export const PACKAGES: Record<Lang, string[]> = {
  en: [
    'manpages',
    'manpages-dev',
    'coreutils',
    'util-linux',
    'procps',
    'findutils',
    'grep',
    'sed',
    'tar',
    'gzip',
    'bash',
    'diffutils',
    'openssh-client',
    'man-db',
    'apt',
    'dpkg',
    'systemd',
    'less',
    'psmisc',
    'e2fsprogs',
    'passwd',
    'login',
    'curl',
    'wget',
    'iproute2',
    'mount',
    'bsdutils',
    'bsdextrautils',
    'xz-utils',
    'bzip2',
    'zip',
    'unzip',
    'file',
    'tmux',
    'openssl',
    'git-man',
    'make',
    'gpg',
  ],
  de: ['manpages-de', 'manpages-de-dev'],
};
const MAN_DIR: Record<Lang, RegExp> = {
  en: /^\/usr\/share\/man\/man([1-8])\/([^/]+)\.\1[a-z]*\.gz$/,
  de: /^\/usr\/share\/man\/de\/man([1-8])\/([^/]+)\.\1[a-z]*\.gz$/,
};
const NAME_HEADING: Record<Lang, RegExp> = { en: /^NAME$/, de: /^(BEZEICHNUNG|NAME)$/ };
const CORPUS_VERSION = 1;

function installed(pkg: string): boolean {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).includes('ok installed');
  } catch {
    return false;
  }
}

export function missingTools(packages: string[] = [...PACKAGES.en, ...PACKAGES.de, 'mandoc']): string[] {
  return [...new Set(packages)].filter((p) => !installed(p));
}

function pageFiles(lang: Lang): string[] {
  const files = new Set<string>();
  for (const pkg of PACKAGES[lang].filter(installed)) {
    const listed = execFileSync('dpkg', ['-L', pkg], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
    // symlinks are aliases (egrep → grep): the target is indexed once under its own name
    for (const f of listed) if (MAN_DIR[lang].test(f) && existsSync(f) && !lstatSync(f).isSymbolicLink()) files.add(f);
  }
  return [...files].sort();
}

/** Turns mandoc's terminal rendering into a Markdown-ish article. */
export function pageToDoc(path: string, rendered: string, lang: Lang): CorpusDoc | undefined {
  const m = MAN_DIR[lang].exec(path);
  if (!m) return undefined;
  // terminal output marks bold and underline by overstriking: "c BACKSPACE c"
  // eslint-disable-next-line no-control-regex
  const lines = rendered.replace(/.\x08/g, '').split('\n');
  // first and last non-empty lines are the page header and footer
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  while (lines.length && lines[lines.length - 1]!.trim() === '') lines.pop();
  lines.shift();
  lines.pop();
  let title = '';
  const body: string[] = [];
  let inName = false;
  for (const line of lines) {
    if (/^\S/.test(line)) {
      inName = NAME_HEADING[lang].test(line.trim());
      if (!inName) body.push(`## ${line.trim()}`);
      continue;
    }
    if (inName) title += ` ${line.trim()}`;
    else body.push(line.trim());
  }
  title = title.replace(/\s+/g, ' ').trim();
  if (!title) return undefined;
  const slug = `${m[2]!
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}-${m[1]}`;
  return { slug, title, lang, body: body.join('\n').replace(/\n{3,}/g, '\n\n') };
}

async function render(path: string): Promise<string> {
  const { stdout } = await run('mandoc', ['-T', 'utf8', '-O', 'width=100', path], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function assemble(lang: Lang): Promise<CorpusDoc[]> {
  const files = pageFiles(lang);
  const docs: CorpusDoc[] = [];
  const slugs = new Set<string>();
  const CONCURRENCY = 4;
  for (let i = 0; i < files.length; i += CONCURRENCY) {
    const batch = files.slice(i, i + CONCURRENCY);
    const rendered = await Promise.all(batch.map((f) => render(f).catch(() => '')));
    batch.forEach((f, j) => {
      const doc = pageToDoc(f, rendered[j]!, lang);
      if (doc && !slugs.has(doc.slug)) {
        slugs.add(doc.slug);
        docs.push(doc);
      }
    });
  }
  return docs;
}

/** Loads the cached corpus or rebuilds it from the installed packages. */
export async function loadCorpus(cacheDir: string, lang: Lang): Promise<CorpusDoc[]> {
  const file = join(cacheDir, `corpus-${lang}.json`);
  // installing more of the packages later changes the corpus: the cache names what it was made of
  const packages = PACKAGES[lang].filter(installed).join(' ');
  try {
    const cached = JSON.parse(await readFile(file, 'utf8')) as { version: number; packages: string; docs: CorpusDoc[] };
    if (cached.version === CORPUS_VERSION && cached.packages === packages && cached.docs.length > 0) return cached.docs;
  } catch {
    // not cached yet
  }
  console.error(`assembling the ${lang} corpus from man pages (once; cached in ${file}) …`);
  const docs = await assemble(lang);
  if (docs.length === 0) return docs;
  await mkdir(cacheDir, { recursive: true });
  await writeFile(file, JSON.stringify({ version: CORPUS_VERSION, packages, docs }));
  return docs;
}
