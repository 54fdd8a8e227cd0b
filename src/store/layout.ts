import { existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { failed, refused } from '../core/errors.js';
import { text as said } from '../i18n/keys.js';
import { flatTicketFile, LAYOUT_FORMAT, ticketFile } from '../core/ticket/paths.js';
import { writeFileAtomic } from './atomic-write.js';
import { ATTRIBUTE_LINE, declaresDriver } from './clone-setup.js';
import type { Author, Git } from './git.js';
import { withLock } from './lock.js';
import { flatTicketIdsIn } from './ticket-folder.js';

/**
 * The layout of the files, named by `format` in desk.yaml (docs/files.md). Format 2 keeps each
 * ticket in a folder named by the first characters of its id (core/ticket/paths.ts); format 1,
 * a desk.yaml without `format`, kept every ticket in one flat folder. `desk upgrade` moves a
 * helpdesk from 1 to 2 in one commit of renames, so `git log --follow` and blame keep each
 * file's history.
 */
export interface Layout {
  /** The format desk.yaml names (1 when it names none). */
  format: number;
  /** Ticket files still in the flat folder of format 1. */
  flat: string[];
}

export function layoutOf(root: string, format: number | undefined): Layout {
  return { format: format ?? 1, flat: flatTicketIdsIn(root) };
}

/**
 * What every command but `upgrade` and `sync` makes sure of: the files are laid out as this desk
 * reads them. A helpdesk of format 1 without ticket files (a new or an empty one) has nothing to
 * move and is read as it is.
 */
export function requireCurrentLayout(root: string, format: number | undefined): void {
  if ((format ?? 1) > LAYOUT_FORMAT)
    throw refused(
      said('store.newerLayout', { format: String(format), current: String(LAYOUT_FORMAT) }),
      said('store.newerLayoutHint'),
    );
  if (format === LAYOUT_FORMAT) return; // the usual case: no listing at all
  const { flat } = layoutOf(root, format);
  if (flat.length === 0) return;
  throw refused(said('store.flatLayout', { count: flat.length }), said('store.flatLayoutHint'));
}

/** What `desk upgrade` did. */
export interface UpgradeResult {
  from: number;
  moved: number;
  commit?: string;
}

/**
 * `desk upgrade`: moves the ticket files (and what lies beside them) into their folders, writes
 * `format` into desk.yaml and declares the merge driver for the new paths — one commit, made as
 * `author`. Refused while tracked files have uncommitted changes, so the commit holds the move
 * and nothing else. Under the clone's lock; an interrupted move is undone by the next command.
 */
export async function upgradeHelpdesk(root: string, deskDir: string, git: Git, author: Author): Promise<UpgradeResult> {
  return withLock(deskDir, async () => {
    const text = readFileSync(join(root, 'desk.yaml'), 'utf8');
    const from = formatIn(text) ?? 1;
    if (from > LAYOUT_FORMAT) requireCurrentLayout(root, from); // says to update desk
    const uncommitted = await git.uncommittedFiles();
    if (uncommitted.length)
      throw refused(
        said('store.upgradeUncommitted', {
          files: `${uncommitted.slice(0, 6).join(', ')}${uncommitted.length > 6 ? ', …' : ''}`,
        }),
        said('store.upgradeUncommittedHint'),
      );
    const ids = flatTicketIdsIn(root);
    const files = [
      ...(from < LAYOUT_FORMAT ? [{ path: 'desk.yaml', content: withFormat(text, LAYOUT_FORMAT) }] : []),
      ...attributesChange(root),
    ];
    if (ids.length === 0 && files.length === 0) return { from, moved: 0 };
    const what = ids.length
      ? `move ${ids.length === 1 ? 'the ticket' : `${ids.length} tickets`} into folders by their ids`
      : '';
    const message =
      `upgrade to format ${LAYOUT_FORMAT}: ${[what, 'say the format in desk.yaml'].filter(Boolean).join('; ')}\n\n` +
      'A commit writes the tree of one folder of about a hundred tickets instead of the tree of every ticket\n' +
      '(docs/files.md). The files are renamed unchanged: git log --follow keeps their history.';
    const commit = await moveTickets(root, deskDir, git, ids, files, message, author);
    return { from, moved: ids.length, commit };
  });
}

/**
 * Ticket files that reached the flat folder after the upgrade — opened by a clone that had not
 * upgraded yet, then synced — moved to where their ids put them. Called by `desk sync` under the
 * lock; undefined when there is nothing to move.
 */
export async function settleFlatTickets(
  root: string,
  deskDir: string,
  git: Git,
  author: Author,
): Promise<string | undefined> {
  const ids = flatTicketIdsIn(root);
  if (ids.length === 0) return undefined;
  const message =
    `move ${ids.length === 1 ? 'a ticket' : `${ids.length} tickets`} opened before the upgrade into ${ids.length === 1 ? 'its folder' : 'their folders'}\n\n` +
    'A clone that had not upgraded yet opened them in the flat folder of format 1.';
  return moveTickets(root, deskDir, git, ids, [], message, author);
}

interface MoveJournal {
  head: string | undefined;
  ids: string[];
  files: string[];
}

const journalPath = (deskDir: string) => join(deskDir, 'moving.json');

/**
 * Renames the flat files of `ids` (and a folder of attachments beside one) into their folders,
 * writes `files`, and commits it all as one commit. A journal kept until the commit is made lets
 * the next command undo a move that was cut short (undoMoveIfInterrupted).
 */
async function moveTickets(
  root: string,
  deskDir: string,
  git: Git,
  ids: readonly string[],
  files: readonly { path: string; content: string }[],
  message: string,
  author: Author,
): Promise<string> {
  const journal: MoveJournal = { head: await git.head(), ids: [...ids], files: files.map((f) => f.path) };
  await writeFile(journalPath(deskDir), JSON.stringify(journal));
  const paths = [...files.map((f) => f.path)];
  try {
    for (const id of ids) {
      const to = join(root, ticketFile(id));
      if (existsSync(to))
        throw failed(
          said('store.bothLayouts', { flat: flatTicketFile(id), sharded: ticketFile(id) }),
          said('store.bothLayoutsHint'),
        );
      mkdirSync(dirname(to), { recursive: true });
      renameSync(join(root, flatTicketFile(id)), to);
      paths.push(flatTicketFile(id), ticketFile(id));
      const flatFolder = join(root, 'tickets', id);
      if (existsSync(flatFolder)) {
        const inside = await git.trackedUnder(`tickets/${id}`);
        renameSync(flatFolder, join(root, ticketFile(id).slice(0, -'.yaml'.length)));
        for (const p of inside)
          paths.push(p, p.replace(`tickets/${id}/`, `${ticketFile(id).slice(0, -'.yaml'.length)}/`));
      }
    }
    for (const f of files) await writeFileAtomic(join(root, f.path), f.content);
    const commit = await git.commitPaths(paths, message, author);
    await rm(journalPath(deskDir), { force: true });
    return commit;
  } catch (e) {
    await undoMove(root, git, journal);
    await rm(journalPath(deskDir), { force: true });
    throw e;
  }
}

/** Called before any command works on the helpdesk: undoes a move that was cut short before its commit. */
export async function undoMoveIfInterrupted(root: string, deskDir: string, git: Git): Promise<void> {
  if (!existsSync(journalPath(deskDir))) return;
  await withLock(deskDir, async () => {
    let journal: MoveJournal;
    try {
      journal = JSON.parse(await readFile(journalPath(deskDir), 'utf8')) as MoveJournal;
    } catch {
      return; // finished meanwhile
    }
    if ((await git.head()) === journal.head) await undoMove(root, git, journal);
    await rm(journalPath(deskDir), { force: true });
  });
}

async function undoMove(root: string, git: Git, journal: MoveJournal): Promise<void> {
  const paths: string[] = [];
  for (const id of journal.ids) {
    const flat = join(root, flatTicketFile(id));
    const sharded = join(root, ticketFile(id));
    if (!existsSync(flat) && existsSync(sharded)) renameSync(sharded, flat);
    const folder = sharded.slice(0, -'.yaml'.length);
    if (!existsSync(join(root, 'tickets', id)) && existsSync(folder)) renameSync(folder, join(root, 'tickets', id));
    paths.push(flatTicketFile(id), ticketFile(id));
  }
  if (journal.files.length) await git.restore(journal.files);
  await git.updateIndex(paths);
}

/** The `format` desk.yaml names, read from its text (no YAML parser needed for one top-level key). */
export function formatIn(deskYaml: string): number | undefined {
  const m = /^format:\s*(\d+)\s*(#.*)?$/m.exec(deskYaml);
  return m ? Number(m[1]) : undefined;
}

/** desk.yaml's text with `format: N`: the line that names one replaced, or a new one below the opening comment. */
export function withFormat(deskYaml: string, format: number): string {
  const line = `format: ${format} # how the files are laid out (docs/files.md)`;
  if (/^format:/m.test(deskYaml)) return deskYaml.replace(/^format:.*$/m, line);
  const lines = deskYaml.split('\n');
  let at = 0;
  while (at < lines.length && lines[at]!.startsWith('#')) at++;
  if (at > 0 && lines[at] === '') lines.splice(at + 1, 0, line, '');
  else lines.splice(0, 0, line, '');
  return lines.join('\n');
}

function attributesChange(root: string): { path: string; content: string }[] {
  const path = join(root, '.gitattributes');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  if (declaresDriver(text)) return [];
  // beside the line of format 1, which still serves tickets a clone opens before it upgrades
  const old = /^tickets\/\*\.yaml\s+merge=desk-ticket\s*$/m;
  if (old.test(text)) return [{ path: '.gitattributes', content: text.replace(old, (l) => `${l}\n${ATTRIBUTE_LINE}`) }];
  const sep = text === '' || text.endsWith('\n') ? '' : '\n';
  return [
    {
      path: '.gitattributes',
      content: `${text}${sep}# ticket files merge by their events (desk setup installs the driver)\n${ATTRIBUTE_LINE}\n`,
    },
  ];
}
