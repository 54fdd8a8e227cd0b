import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { commitLinked, commitsNaming, isLinked, type CodeRepository } from '../../core/code/links.js';
import { usage } from '../../core/errors.js';
import { SHORT_ID_LENGTH } from '../../core/ids.js';
import { CodeRepo, type CodeCommit } from '../../store/code-repo.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { appendToTickets } from '../append-events.js';
import { openForChange, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { commitRows, webLinkOf } from '../../render/terminal/commit-text.js';
import { io } from '../../io/context.js';
import { t, text } from '../../i18n/index.js';
import { forTerminalLine } from '../../core/safe-text/index.js';

export interface LinkFlags extends GlobalOptions {
  commit?: string;
  scan?: boolean;
  since?: string;
  codeRepo?: string;
  json?: boolean;
}

/**
 * `desk link ID --commit REV` records one commit of a code repository on the ticket;
 * `desk link ID --scan [--since REV]` finds the commits whose message names the ticket and
 * records those not yet linked. Either way, linking twice changes nothing.
 */
export async function link(ref: string, o: LinkFlags): Promise<void> {
  if (Boolean(o.commit) === Boolean(o.scan)) throw usage(text('system.linkEither'), text('system.linkEitherHint'));
  if (o.since !== undefined && !o.scan) throw usage(text('system.linkSince'));
  const { hd, actor } = await openForChange(o, 'ticket.work');
  const id = await hd.resolveTicket(ref);
  const code = await openCodeRepo(hd, o.codeRepo);
  const repo = await describeRepository(code);
  let candidates: CodeCommit[];
  let ambiguous: CodeCommit[] = [];
  if (o.commit) candidates = [await code.commit(o.commit, '--commit')];
  else {
    // every way of naming the ticket contains its first characters: git filters by them, core reads exactly
    const containing = await code.commitsContaining(id.slice(2, 2 + SHORT_ID_LENGTH), o.since);
    ({ naming: candidates, ambiguous } = commitsNaming(id, containing, await hd.tickets.ids()));
  }
  const short = await hd.tickets.shortId(id);
  const added = await appendToTickets(
    hd,
    actor,
    [id],
    (t) => candidates.filter((c) => !isLinked(t.state, c.hash)).map((c) => commitLinked(c, repo)),
    (a) => `${short}: link ${plural(a.get(id)?.length ?? 0, 'commit')} of ${repo.name}`,
  );
  const linked = (added.get(id) ?? []).flatMap((e) => (e.type === 'commit-linked' ? [e] : []));
  const already = candidates.filter((c) => !linked.some((e) => e.hash === c.hash)).map((c) => c.hash);
  if (o.json) {
    await printJson({
      id,
      short,
      repository: repo,
      linked: linked.map((e) => ({ ...e, web: webLinkOf(e) })),
      alreadyLinked: already,
      ambiguous: ambiguous.map((c) => c.hash),
    });
    return;
  }
  const lines = [
    linked.length
      ? t('system.linked', { ticket: short, count: linked.length, repo: repo.name })
      : t('system.nothingToLink', { ticket: short, repo: repo.name, none: candidates.length === 0 ? 'yes' : 'no' }),
    ...commitRows(linked).map((l) => `  ${l}`),
    already.length ? t('system.alreadyLinked', { count: already.length }) : undefined,
    ...ambiguous.map((c) =>
      t('system.notLinkedAmbiguous', { commit: c.hash.slice(0, 10), subject: forTerminalLine(c.subject) }),
    ),
  ];
  await print(lines.filter((l) => l !== undefined).join('\n'));
}

/** The code repository: `--code-repo DIR`, else the one around the current folder. Never the helpdesk itself. */
export async function openCodeRepo(hd: Helpdesk, flag: string | undefined): Promise<CodeRepo> {
  const code = await CodeRepo.around(
    resolve(io().cwd, flag ?? '.'),
    flag ? `--code-repo ${flag}` : t('system.currentFolder'),
  );
  if (realpathSync(code.root) === realpathSync(hd.root)) {
    throw usage(text('system.helpdeskNotCode', { dir: code.root }), text('system.helpdeskNotCodeHint'));
  }
  return code;
}

export async function describeRepository(code: CodeRepo): Promise<CodeRepository> {
  const [name, url] = await Promise.all([code.name(), code.remoteUrl()]);
  return { name, url };
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
