import type { EventOf, TicketEvent } from './events.js';
import type { Level } from './vocabulary.js';
import { hours, text as said, type Text } from '../../i18n/keys.js';

export interface TimeEntryState {
  id: string;
  on: string;
  minutes: number;
  activity: EventOf<'time-logged'>['activity'];
  staff: string;
  level: Level;
  note?: string;
  nonBillable?: string;
  /** Why the entry needs a person's look before it is billed, while nobody has confirmed it. */
  review?: string;
  loggedAt: string;
}

/** One correction of an entry: a replacement (with the entry it logged) or a cancellation. */
export interface TimeCorrection {
  /** The event that made it. */
  event: string;
  by: string;
  at: string;
  /** The entry it named. */
  corrects: string;
  /** The entry a replacement logged; absent for a cancellation. */
  replacement?: string;
  minutes?: number;
}

/**
 * Two or more corrections of one entry made apart (in two clones, before they synced): each
 * named an entry another correction had already replaced or cancelled. One of them counts —
 * the last in the ticket's event order, the same in every clone — and the ticket says so until
 * a person confirms the result (`desk log --confirm`) or corrects it again.
 */
export interface TimeConflict {
  /** The entry first logged, whose corrections compete. */
  entry: string;
  /** Every correction of that entry and of its replacements, in event order. */
  corrections: TimeCorrection[];
  /** The entry that counts now; absent when a cancellation won. */
  stands?: string;
  /** What a confirmation names: the entry that counts, or the cancellation that won. */
  outcome: string;
}

interface Lineage {
  root: string;
  /** The entry that counts, or undefined once cancelled. */
  standing: TimeEntryState | undefined;
  /** The event that decided the current outcome (the entry itself, or the winning cancellation). */
  outcome: string;
  corrections: TimeCorrection[];
  competing: boolean;
}

/**
 * The time entries of a ticket as its events leave them. Every entry belongs to a lineage: the
 * entry first logged and the corrections that followed. At most one entry of a lineage counts,
 * whatever order clones sync in, so a correction made twice is never billed twice.
 */
export class TimeLedger {
  private readonly lineages: Lineage[] = [];
  private readonly lineageOf = new Map<string, Lineage>();
  private readonly confirmed = new Set<string>();

  constructor(events: readonly TicketEvent[]) {
    // a confirmation counts whatever its place in the order: it names what it confirmed
    for (const e of events) if (e.type === 'time-confirmed') this.confirmed.add(e.entry);
  }

  /** The ledger of a ticket's events, in their order, when the level each entry was logged at does not matter. */
  static of(ordered: readonly TicketEvent[]): TimeLedger {
    const ledger = new TimeLedger(ordered);
    for (const e of ordered) ledger.apply(e, 1);
    return ledger;
  }

  /** Applies a time event, in event order; `level` is the ticket's level at that point. */
  apply(e: TicketEvent, level: Level): void {
    if (e.type === 'time-logged') this.logged(e, level);
    else if (e.type === 'time-cancelled') this.cancelled(e);
  }

  private logged(e: EventOf<'time-logged'>, level: Level): void {
    const entry: TimeEntryState = {
      id: e.id,
      on: e.on,
      minutes: e.minutes,
      activity: e.activity,
      staff: e.staff,
      level,
      note: e.note,
      nonBillable: e.nonBillable,
      review: e.review,
      loggedAt: e.at,
    };
    const lineage = e.replaces === undefined ? undefined : this.lineageOf.get(e.replaces);
    if (!lineage) {
      // a first entry, or the replacement of an entry this ticket never had (a hand edit): its own lineage
      const fresh: Lineage = { root: e.id, standing: entry, outcome: e.id, corrections: [], competing: false };
      this.lineages.push(fresh);
      this.lineageOf.set(e.id, fresh);
      return;
    }
    this.correct(lineage, {
      event: e.id,
      by: e.by,
      at: e.at,
      corrects: e.replaces!,
      replacement: e.id,
      minutes: e.minutes,
    });
    lineage.standing = entry;
    lineage.outcome = e.id;
    this.lineageOf.set(e.id, lineage);
  }

  private cancelled(e: EventOf<'time-cancelled'>): void {
    const lineage = this.lineageOf.get(e.entry);
    if (!lineage) return; // names no entry of this ticket: nothing to cancel
    this.correct(lineage, { event: e.id, by: e.by, at: e.at, corrects: e.entry });
    lineage.standing = undefined;
    lineage.outcome = e.id;
  }

  /** A correction of an entry that no longer counts was made without knowing of the other one. */
  private correct(lineage: Lineage, c: TimeCorrection): void {
    if (lineage.standing?.id !== c.corrects) lineage.competing = true;
    lineage.corrections.push(c);
  }

  /** The entries that count, in the order they were logged; a confirmed review is no longer one. */
  entries(): TimeEntryState[] {
    const out: TimeEntryState[] = [];
    for (const l of this.lineages) {
      const s = l.standing;
      if (!s) continue;
      if (s.review !== undefined && this.confirmed.has(s.id)) {
        const { review: _, ...rest } = s;
        out.push(rest);
      } else out.push(s);
    }
    return out;
  }

  /** Competing corrections nobody has confirmed yet. */
  conflicts(): TimeConflict[] {
    return this.lineages
      .filter((l) => l.competing && !this.confirmed.has(l.outcome))
      .map((l) => ({
        entry: l.root,
        corrections: l.corrections,
        ...(l.standing && { stands: l.standing.id }),
        outcome: l.outcome,
      }));
  }

  /**
   * What `desk log --confirm REF` confirms: the outcome of a contested lineage REF belongs to
   * (REF may be any entry or correction of it), or an entry marked for review that counts.
   */
  confirmable(ref: string): { kind: 'conflict' | 'review'; confirms: string } | undefined {
    for (const l of this.lineages) {
      const ids = [l.root, ...l.corrections.flatMap((c) => [c.event, c.replacement ?? c.event])];
      if (!ids.some((id) => id === ref || id.startsWith(ref))) continue;
      if (l.competing && !this.confirmed.has(l.outcome)) return { kind: 'conflict', confirms: l.outcome };
      const s = l.standing;
      if (s && s.review !== undefined && !this.confirmed.has(s.id) && (s.id === ref || s.id.startsWith(ref)))
        return { kind: 'review', confirms: s.id };
    }
    return undefined;
  }
}

/** One sentence for people: which corrections competed and what counts. */
export function describeTimeConflict(c: TimeConflict): Text {
  const made = c.corrections
    .map((k) =>
      k.replacement
        ? said('conflicts.replaced', {
            by: k.by,
            corrects: k.corrects,
            replacement: k.replacement,
            hours: hours(k.minutes ?? 0),
          })
        : said('conflicts.cancelled', { by: k.by, corrects: k.corrects }),
    )
    .reduce<Text | string>((a, b) => (a === '' ? b : said('conflicts.joined', { a, b })), '');
  const result = c.stands ? said('conflicts.stands', { entry: c.stands }) : said('conflicts.cancellationStands');
  return said('conflicts.time', { entry: c.entry, made, result });
}
