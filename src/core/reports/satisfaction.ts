/**
 * `desk report satisfaction`: customer feedback (docs/domain.md §7: support's value is the customers'
 * satisfaction), by customer, staff and product, with the comments and a trend.
 */
import type { TicketRecord } from '../ticket/ticket-record.js';
import { dayOf, forCustomer, inPeriod, reportHead, ticketsAt, type Report, type ReportInput } from './input.js';
import type { MetricDef } from './metrics.js';
import { trendPeriods, type ReportPeriod } from './period.js';
import { average, byText, groupBy, percent } from './stats.js';

export interface ScoreFigures {
  key: string;
  responses: number;
  /** Mean score, two decimals. */
  average: number | null;
  /** Scores of 4 or 5, in percent of the responses. */
  share: number | null;
  /** Scores of 1 or 2. */
  low: number;
  /** How many of each score, 1 to 5. */
  scores: [number, number, number, number, number];
}

export interface Comment {
  ticket: string;
  customer: string;
  day: string;
  score: number;
  comment?: string;
  from?: string;
}

/** Survey answers (desk survey send), beside the tickets' feedback, never mixed into it. */
export interface SurveyFigures {
  /** Every answer with a score given in the period. */
  summary: ScoreFigures;
  /** By survey id. */
  bySurvey: (ScoreFigures & { subject: string; asked: number })[];
  comments: { survey: string; customer: string; day: string; score: number; comment?: string; from: string }[];
  /** Answers without one certain score, for a person to read. */
  unclear: { survey: string; customer: string; day: string; from: string; text: string }[];
}

export interface SatisfactionData {
  summary: ScoreFigures;
  surveys: SurveyFigures;
  byCustomer: ScoreFigures[];
  byStaff: ScoreFigures[];
  byProduct: ScoreFigures[];
  comments: Comment[];
  trend: (ScoreFigures & { from: string; to: string })[];
}

export const SATISFACTION_METRICS: readonly MetricDef[] = [
  { name: 'satisfaction.average', unit: 'score', description: 'mean feedback score (1–5)' },
  { name: 'satisfaction.share', unit: 'percent', description: 'feedback scoring 4 or 5' },
  { name: 'satisfaction.low', unit: 'count', description: 'feedback scoring 1 or 2' },
  { name: 'satisfaction.responses', unit: 'count', description: 'tickets rated in the period' },
];

export const TREND_PERIODS = 6;

interface Rated {
  t: TicketRecord;
  score: number;
  day: string;
}

export function scoreFigures(key: string, rated: readonly { score: number }[]): ScoreFigures {
  const scores: ScoreFigures['scores'] = [0, 0, 0, 0, 0];
  for (const r of rated) scores[r.score - 1] = (scores[r.score - 1] ?? 0) + 1;
  return {
    key,
    responses: rated.length,
    average: average(rated.map((r) => r.score)),
    share: percent(scores[3] + scores[4], rated.length),
    low: scores[0] + scores[1],
    scores,
  };
}

/** Who the rating is about: who resolved the ticket, else its assignee, else who recorded it. */
const staffOf = (t: TicketRecord) => t.state.resolvedBy ?? t.state.assignee ?? t.state.openedBy;

export function satisfactionReport(input: ReportInput): Report<SatisfactionData> {
  const tickets = forCustomer(ticketsAt(input.tickets, input.asOf.at), input.customer);
  const rated: Rated[] = tickets.flatMap((t) =>
    t.state.feedback ? [{ t, score: t.state.feedback.score, day: dayOf(t.state.feedback.at, input.timeZone) }] : [],
  );
  const within = (p: ReportPeriod) => rated.filter((r) => inPeriod(r.day, p));
  const now = within(input.period);
  const by = (key: (r: Rated) => string) => groupBy(now, key).map(([k, rs]) => scoreFigures(k, rs));
  const summary = scoreFigures('all', now);
  return {
    ...reportHead('satisfaction', 'Customer satisfaction', input),
    metrics: {
      'satisfaction.average': summary.average,
      'satisfaction.share': summary.share,
      'satisfaction.low': summary.low,
      'satisfaction.responses': summary.responses,
    },
    data: {
      summary,
      byCustomer: by((r) => r.t.state.customer),
      byStaff: by((r) => staffOf(r.t)),
      byProduct: by((r) => r.t.state.product ?? '(no product)'),
      comments: now
        .map(({ t, day, score }) => ({
          ticket: t.id,
          customer: t.state.customer,
          day,
          score,
          ...(t.state.feedback?.comment && { comment: t.state.feedback.comment }),
          ...(t.state.feedback?.from && { from: t.state.feedback.from }),
        }))
        .sort((a, b) => byText(a.day, b.day) || byText(a.ticket, b.ticket)),
      surveys: surveyFigures(input),
      trend: trendPeriods(input.period, TREND_PERIODS, input.asOf.day).map((p) => ({
        ...scoreFigures(p.label, within(p)),
        from: p.from,
        to: p.through,
      })),
    },
  };
}

/** The survey answers given in the period (by the day they came in), of the customer when one is named. */
function surveyFigures(input: ReportInput): SurveyFigures {
  const scored: SurveyFigures['comments'] = [];
  const unclear: SurveyFigures['unclear'] = [];
  const bySurvey: SurveyFigures['bySurvey'] = [];
  for (const s of input.surveys ?? []) {
    const mine = s.recipients.filter((r) => input.customer === undefined || r.customer === input.customer);
    const here: { score: number }[] = [];
    for (const r of mine) {
      if (!r.answer) continue;
      const day = dayOf(r.answer.at, input.timeZone);
      if (!inPeriod(day, input.period) || Date.parse(r.answer.at) > input.asOf.at.getTime()) continue;
      if (r.answer.score === undefined) {
        unclear.push({ survey: s.id, customer: r.customer, day, from: r.answer.from, text: r.answer.text ?? '' });
        continue;
      }
      here.push({ score: r.answer.score });
      scored.push({
        survey: s.id,
        customer: r.customer,
        day,
        score: r.answer.score,
        ...(r.answer.comment && { comment: r.answer.comment }),
        from: r.answer.from,
      });
    }
    if (here.length) bySurvey.push({ ...scoreFigures(s.id, here), subject: s.subject, asked: mine.length });
  }
  return {
    summary: scoreFigures('surveys', scored),
    bySurvey,
    comments: scored.sort((a, b) => byText(a.day, b.day) || byText(a.from, b.from)),
    unclear: unclear.sort((a, b) => byText(a.day, b.day)),
  };
}
