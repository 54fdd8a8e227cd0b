import { usage } from '../../core/errors.js';
import { LANGS } from '../../kb/langs.js';
import { openKbIndex } from '../../kb/index-store.js';
import { openChecked, personAtKeyboard } from '../../store/open-checks.js';
import type { GlobalOptions } from '../context.js';
import { speakAsConfigured } from '../language.js';
import { t, text } from '../../i18n/index.js';
import { highlight } from '../kb-suggestions.js';
import { print, printJson, warn } from '../output.js';
import { paint, paintErr } from '../../render/terminal/style.js';
import { progressBar } from '../progress.js';
import { reportSkipped } from '../kb-problems.js';
import { oneOf } from './qualification.js';
import { forTerminalLine as line } from '../../core/safe-text/index.js';
import { io } from '../../io/context.js';

interface SearchFlags extends GlobalOptions {
  limit?: string;
  lang?: string;
  product?: string;
  json?: boolean;
}

/**
 * `desk kb search QUERY`: ranked articles with the matched words highlighted. A module of its
 * own, opened without Helpdesk: a search reads only articles, and the ticket modules would
 * take longer to load than the search takes.
 */
export async function kbSearch(words: string[], o: SearchFlags): Promise<void> {
  const checked = await openChecked({ cwd: io().cwd, repo: o.repo, env: io().env, mode: 'read' });
  const { root } = checked;
  await speakAsConfigured(checked.config, () => personAtKeyboard(checked, io().env));
  const query = words.join(' ');
  const limit = o.limit === undefined ? 10 : Number(o.limit);
  if (!Number.isInteger(limit) || limit < 1) throw usage(text('kb.badLimit', { value: o.limit }));
  const lang = o.lang === undefined ? undefined : oneOf(o.lang, LANGS, '--lang');
  const kb = await openKbIndex({
    repoRoot: root,
    progress: progressBar(t('kb.indexing')),
  });
  reportSkipped(root, kb.problems);
  if (kb.cacheError) warn(`${paintErr.yellow(t('kb.note'))} ${t('kb.withoutIndex', { error: kb.cacheError })}\n`);
  const outcome = kb.search(query, { limit, lang, product: o.product });
  if (outcome.kind === 'empty-query') {
    throw usage(
      outcome.reason === 'blank' ? text('kb.blankQuery') : text('kb.stopWordsOnly', { query }),
      text('kb.queryHint'),
    );
  }
  if (o.json)
    return printJson(
      outcome.hits.map((h) => ({
        slug: h.slug,
        title: h.title,
        score: h.score,
        lang: h.lang,
        snippet: h.snippet.text,
        highlights: h.snippet.highlights,
      })),
    );
  if (outcome.hits.length === 0) return print(t('kb.noMatch', { query: line(query) }));
  await print(
    outcome.hits
      .map(
        (h, i) =>
          `${i + 1}. ${paint.bold(line(h.title))}  ${paint.cyan(h.slug)} ${paint.dim(`(${h.lang}, ${h.score.toFixed(1)})`)}\n   ${highlight(h.snippet.text, h.snippet.highlights)}`,
      )
      .join('\n'),
  );
}
