import { commitWebLink } from '../../core/code/web-link.js';
import type { EventOf } from '../../core/ticket/events.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { paint, table } from './style.js';
import { t } from '../../i18n/index.js';

type Linked = Omit<EventOf<'commit-linked'>, 'id' | 'at' | 'by'>;

/** The web page of a linked commit, where its repository has a remote on a web forge. */
export const webLinkOf = (c: Linked) => (c.url ? commitWebLink(c.url, c.hash) : undefined);

/** The section of `desk show` listing a ticket's linked commits (empty when there are none). */
export function commitSection(commits: readonly Linked[]): string[] {
  if (commits.length === 0) return [];
  return ['', paint.bold(t('system.commitsHeading')), ...commitRows(commits)];
}

/** One line per commit: short hash, day, repository, subject and author; the web link below it. */
export function commitRows(commits: readonly Linked[]): string[] {
  if (commits.length === 0) return [];
  const rows = commits.map((c) => [
    paint.yellow(c.hash.slice(0, 10)),
    c.date.slice(0, 10),
    line(c.repository),
    `${line(c.subject)} ${paint.dim(`(${line(c.author.replace(/\s*<.*>$/, ''))})`)}`,
  ]);
  return table(rows)
    .split('\n')
    .flatMap((row, i) => {
      const web = webLinkOf(commits[i]!);
      return web ? [row, `  ${paint.dim(line(web))}`] : [row];
    });
}
