import { spawnSync } from 'node:child_process';
import { t, text } from '../../i18n/index.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { failed, refused, usage } from '../../core/errors.js';
import { localDay } from '../../core/time.js';
import { parseArticle, renderArticle, slugProblem, type Article, type ArticleMeta } from '../../kb/article.js';
import { LANGS } from '../../kb/langs.js';
import { openForChange, openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { libraryColoursAsStdout, paint, table } from '../../render/terminal/style.js';
import { pageFor } from '../pager.js';
import { interactive, need } from '../prompts.js';
import { draftFromTicket, slugify } from '../../render/terminal/kb-draft.js';
import { reportSkipped } from '../kb-problems.js';
import { oneOf } from './qualification.js';
import { forTerminal, forTerminalLine as line } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';

interface ListFlags extends GlobalOptions {
  tag?: string;
  product?: string;
  lang?: string;
  audience?: string;
  json?: boolean;
}

/** `desk kb list`: articles, newest first, filtered by tag, product, language or audience. */
export async function kbList(o: ListFlags): Promise<void> {
  const hd = await openHelpdesk(o);
  const { articles, problems } = await hd.kb.all();
  const rows = articles
    .filter((a) => !o.tag || (a.meta.tags ?? []).includes(o.tag))
    .filter((a) => !o.product || (a.meta.products ?? []).some((p) => p === o.product || p.startsWith(`${o.product}/`)))
    .filter((a) => !o.lang || a.meta.lang === o.lang)
    .filter((a) => !o.audience || a.meta.audience === o.audience)
    .sort(
      (a, b) =>
        (b.meta.updated ?? b.meta.created ?? '').localeCompare(a.meta.updated ?? a.meta.created ?? '') ||
        a.slug.localeCompare(b.slug),
    );
  reportSkipped(hd.root, problems);
  if (o.json) return printJson(rows.map((a) => ({ slug: a.slug, ...a.meta })));
  if (rows.length === 0) return print(t('kb.noArticles'));
  await print(
    table(
      rows.map((a) => [
        a.slug,
        a.meta.lang ?? '-',
        a.meta.audience ?? '-',
        line((a.meta.products ?? []).join(',')) || '-',
        a.meta.updated ?? a.meta.created ?? '-',
        line(a.meta.title),
      ]),
      (['colSlug', 'colLang', 'colAudience', 'colProducts', 'colUpdated', 'colTitle'] as const).map((k) =>
        t(`kb.${k}`),
      ),
    ),
  );
}

/** `desk kb show SLUG`: rendered for the terminal, or the file as it is with --raw. */
export async function kbShow(slug: string, o: GlobalOptions & { raw?: boolean; json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const article = await hd.kb.read(slug);
  if (o.json) return printJson({ slug: article.slug, ...article.meta, body: article.body });
  await pageFor(hd, o);
  if (o.raw) return print(forTerminal(await hd.kb.text(slug)));
  // a link shows its target beside its text: a terminal hyperlink would hide where it goes
  process.env.FORCE_HYPERLINK = '0';
  const { marked } = await import('marked');
  const { markedTerminal } = await import('marked-terminal');
  libraryColoursAsStdout();
  marked.use(markedTerminal({ reflowText: false, tab: 2 }) as Parameters<typeof marked.use>[0]);
  const meta = [article.meta.lang, article.meta.audience, ...(article.meta.tags ?? []).map((t) => `#${t}`)]
    .filter(Boolean)
    .map((m) => line(m!))
    .join('  ');
  await print(
    `${paint.bold(line(article.meta.title))}\n${paint.dim(meta)}\n\n${await marked.parse(forTerminal(article.body))}`,
  );
}

interface NewFlags extends GlobalOptions {
  title?: string;
  fromTicket?: string;
  slug?: string;
  lang?: string;
  audience?: string;
  tag?: string[];
  product?: string[];
  json?: boolean;
}

/** `desk kb new`: an article, drafted from a ticket's problem, analysis and solution with --from-ticket. */
export async function kbNew(o: NewFlags): Promise<void> {
  const { hd, actor } = await openForChange(o, 'kb.edit');
  const today = localDay(hd.now(), hd.timeZone);
  const lang = o.lang === undefined ? 'de' : oneOf(o.lang, LANGS, '--lang');
  const ticket = o.fromTicket ? await hd.readTicket(await hd.resolveTicket(o.fromTicket)) : undefined;
  const title = await need(o.title ?? ticket?.state.title, '--title', (p) =>
    p.input({ message: t('kb.askTitle'), required: true }),
  );
  const slug = o.slug ?? slugify(title);
  const bad = slugProblem(slug);
  if (bad) throw usage(`--slug: "${slug}" ${bad}`);
  if (hd.kb.exists(slug)) throw usage(text('kb.exists', { slug }), text('kb.existsHint', { slug }));
  const staffRoles = new Map(hd.config.staff.map((s) => [s.id, s.roles]));
  const draft = ticket
    ? draftFromTicket(ticket, lang, (id) => staffRoles.get(id)?.includes('second-level') ?? false)
    : { body: lang === 'de' ? '\n## Problem\n\n## Lösung\n' : '\n## Problem\n\n## Solution\n', tags: [], products: [] };
  const meta: ArticleMeta = {
    title,
    tags: [...new Set([...draft.tags, ...(o.tag ?? [])])],
    products: [...new Set([...draft.products, ...(o.product ?? [])])],
    lang,
    audience:
      o.audience === undefined ? 'internal' : oneOf(o.audience, ['internal', 'customer'] as const, '--audience'),
    related: ticket ? [ticket.id] : [],
    author: actor.id,
    created: today,
    updated: today,
  };
  const rendered = renderArticle({ meta, body: draft.body });
  const check = parseArticle(slug, rendered, hd.kb.file(slug));
  if (!check.ok) throw usage(`${check.problems[0]!.field}: ${check.problems[0]!.message}`);
  await hd.change(actor, async () => {
    // asked again under the lock: another command may have written the slug meanwhile
    if (hd.kb.exists(slug)) throw usage(text('kb.exists', { slug }), text('kb.existsHint', { slug }));
    const files = [{ path: hd.kb.file(slug), content: rendered }];
    if (!ticket) return { files, message: `kb: new article ${slug}` };
    const current = await hd.readTicket(ticket.id);
    const event = hd.stamp({ type: 'kb-linked', slug }, actor, current.events);
    return {
      files: [...files, hd.ticketChange(ticket.id, current.events, [event])],
      message: `kb: new article ${slug} from ${await hd.tickets.shortId(ticket.id)}`,
    };
  });
  if (o.json) return printJson({ slug, file: hd.kb.file(slug), lang, fromTicket: ticket?.id ?? null });
  await print(
    t('kb.wrote', {
      file: hd.kb.file(slug),
      ticket: ticket ? await hd.tickets.shortId(ticket.id) : 'none',
      slug,
    }),
  );
}

/**
 * `desk kb edit SLUG`: opens the article in $EDITOR on a copy; a valid edit is committed, an
 * invalid one is kept aside (never committed) and the user is told where.
 */
export async function kbEdit(slug: string, o: GlobalOptions): Promise<void> {
  const { hd, actor } = await openForChange(o, 'kb.edit');
  await hd.kb.read(slug); // exists and parses before anyone edits it
  const editor = io().env.VISUAL || io().env.EDITOR;
  if (!editor) throw usage('no editor: set EDITOR (or VISUAL)', 'e.g. EDITOR=nano desk kb edit SLUG');
  const original = await hd.kb.text(slug);
  const workDir = join(hd.deskDir, 'kb-edit');
  await mkdir(workDir, { recursive: true });
  const copy = join(workDir, `${slug}.md`);
  await writeFile(copy, original);
  const ran = spawnSync(editor, [copy], {
    stdio: interactive() ? 'inherit' : 'ignore',
    shell: true,
    cwd: io().cwd,
    env: io().env,
  });
  if (ran.status !== 0)
    throw failed(
      text('kb.editorFailed', { status: String(ran.status ?? ran.signal) }),
      text('kb.keptIn', { file: copy }),
    );
  const edited = await readFile(copy, 'utf8');
  if (edited === original) return print(t('kb.noChanges', { slug }));
  const parsed = parseArticle(slug, edited, hd.kb.file(slug));
  if (!parsed.ok) {
    const p = parsed.problems[0]!;
    throw usage(
      text('kb.editInvalid', { slug, problem: `${p.field}: ${p.message}`, line: p.line ?? 'none' }),
      text('kb.editInvalidHint', { copy, file: hd.kb.file(slug) }),
    );
  }
  const updated = renderArticle({
    meta: { ...parsed.article.meta, updated: localDay(hd.now(), hd.timeZone) },
    body: parsed.article.body,
  });
  await hd.change(actor, async () => {
    // the base version: a sync or a teammate may have changed the article while the editor was open
    const now = await hd.kb.text(slug).catch(() => undefined);
    if (now !== original) {
      const aside = join(workDir, `${slug}.${localStamp(hd.now())}.md`);
      await writeFile(aside, edited);
      throw refused(
        text('kb.changedMeanwhile', { file: hd.kb.file(slug), deleted: now === undefined ? 'yes' : 'no' }),
        text('kb.changedMeanwhileHint', { copy: relative(hd.root, aside), slug }),
      );
    }
    return { files: [{ path: hd.kb.file(slug), content: updated }], message: `kb: edit ${slug}` };
  });
  await print(t('kb.updated', { file: hd.kb.file(slug) }));
}

/** `20261102-100000`: a name part that sorts by time and never repeats for one person. */
const localStamp = (d: Date) => d.toISOString().replace(/\D/g, '').slice(0, 14);

/** `desk kb link ID SLUG`: records on the ticket that the article helped. */
export async function kbLink(ref: string, slug: string, o: GlobalOptions & { json?: boolean }): Promise<void> {
  const { hd, actor } = await openForChange(o, 'ticket.work');
  const id = await hd.resolveTicket(ref);
  const article: Article = await hd.kb.read(slug);
  const short = await hd.tickets.shortId(id);
  await hd.change(actor, async () => {
    const current = await hd.readTicket(id);
    if (current.state.kbLinks.includes(slug)) throw refused(text('kb.linkedAlready', { id: short, slug }));
    const event = hd.stamp({ type: 'kb-linked', slug }, actor, current.events);
    return { files: [hd.ticketChange(id, current.events, [event])], message: `${short}: link article ${slug}` };
  });
  if (o.json) return printJson({ id, short, slug });
  await print(t('kb.linked', { id: short, slug, title: line(article.meta.title) }));
}
