import { usage } from '../../core/errors.js';
import { t as tr, text as text_, type Text } from '../../i18n/index.js';
import type { TicketState } from '../../core/ticket/projection.js';
import { need } from '../prompts.js';
import { runTicketAction, type ActionOptions } from '../ticket-action.js';

export interface FeedbackFlags extends ActionOptions {
  score?: string;
  message?: string;
  from?: string;
}

/**
 * `desk feedback ID --score 1..5 [-m COMMENT] [--from CONTACT]`: the customer's rating of a
 * resolved or closed ticket. A later rating replaces the earlier one in the ticket's state; both
 * stay in its event log, and the commit message says which one was replaced.
 */
export function feedback(ref: string, o: FeedbackFlags) {
  return runTicketAction(
    o,
    ref,
    'feedback',
    async (t) => {
      const score = await need(o.score === undefined ? undefined : scoreOf(o.score), '--score', (p) =>
        p.select({
          message: tr('more.askScore'),
          choices: [5, 4, 3, 2, 1].map((v) => ({ value: v, name: `${v}` })),
        }),
      );
      return { score, comment: o.message, from: o.from ?? t.contact };
    },
    describe,
  );
}

function scoreOf(text: string): number {
  if (!/^[1-5]$/.test(text.trim()))
    throw usage(text_('workflow.badScore', { score: `"${text}"` }), text_('workflow.badScoreHint'));
  return Number(text.trim());
}

function describe(i: { score: number; from?: string }, before: TicketState): Text {
  return text_('more.feedback', {
    score: i.score,
    from: i.from ?? 'none',
    previous: before.feedback ? `${before.feedback.score}/5` : 'none',
    day: before.feedback?.at.slice(0, 10),
  });
}
