/**
 * One ticket's life, simulated: received, opened and qualified by First Level, answered,
 * escalated to Second Level where the problem needs it, estimated and approved when it is a
 * change, worked on with about ten time entries, resolved, returned, closed on acceptance,
 * sometimes rated, reopened or handed off. Every workflow step goes through core's `decide`, so
 * the histories obey the same rules `desk` enforces; texts come from the sample helpdesk's
 * tickets (scripts/sample/tickets) so that titles, descriptions and answers read like support.
 */
import { project } from '../../dist/core/ticket/projection.js';
import { decide } from '../../dist/core/ticket/workflow.js';
import { tickets as sampleSpecs } from '../sample/tickets/index.mjs';
import { addService, iso, day, minutes } from './clock.mjs';
import { crockford, stream } from './random.mjs';

const DAY_MINUTES = 24 * 60;

const CATEGORY_MIX = [
  ['question', 34],
  ['malfunction', 30],
  ['data-problem', 9],
  ['infrastructure', 8],
  ['change-request', 8],
  ['feature-idea', 5],
  ['project-work', 3],
  ['new-development', 3],
];
const PRIORITY_MIX = [
  ['critical', 3],
  ['high', 17],
  ['normal', 60],
  ['low', 20],
];
const CHANNEL_MIX = [
  ['e-mail', 55],
  ['phone', 30],
  ['portal', 13],
  ['on-site', 2],
];
const VARIANTS = [
  '',
  '',
  '',
  ' (Filiale Nord)',
  ' seit dem Update',
  ' – dringend',
  ' bei einem Mandanten',
  ' nach Serverumzug',
  ' (zweiter Fall)',
  ' im Homeoffice',
];

/** Texts of the sample tickets, by category. */
const templates = (() => {
  const byCategory = new Map();
  for (const spec of sampleSpecs) {
    const q = spec.q ?? spec.steps.find((s) => s[2] === 'q')?.[3];
    if (!q) continue;
    const [category, productModule] = q.split(/\s+/);
    const [product, module] = productModule.split('/');
    const texts = (action) => spec.steps.filter((s) => s[2] === action).map((s) => String(s[3]).trim());
    const t = {
      title: spec.title,
      description: spec.description.trim(),
      product,
      module,
      replies: texts('reply'),
      customer: texts('cust'),
      notes: texts('note'),
      solutions: texts('resolve'),
      escalations: texts('esc'),
      handoffs: spec.steps.filter((s) => s[2] === 'handoff').map((s) => String(s[4])),
      logNotes: spec.steps
        .filter((s) => s[2] === 'log')
        .map((s) => s[5])
        .filter(Boolean),
    };
    if (!byCategory.has(category)) byCategory.set(category, []);
    byCategory.get(category).push(t);
  }
  return byCategory;
})();
const all = [...templates.values()].flat();
const pool = (key) => all.flatMap((t) => t[key]);
const ANY = {
  replies: pool('replies'),
  customer: pool('customer'),
  notes: pool('notes'),
  solutions: pool('solutions'),
  escalations: pool('escalations'),
  logNotes: pool('logNotes'),
};

/**
 * Simulates ticket number `n`, received at `received` (ms), for `customer`, as far as `cutoff`
 * (ms, exclusive): later steps have not happened yet. Returns the id and the events.
 */
/**
 * One ticket's life. `booked`, shared by every ticket of the run, holds the minutes each person
 * has logged per day so far: a day holds at most 24 hours of one person's time (desk check says
 * so), so an entry is cut to what is left of the day, or left out when nothing is.
 */
export function simulate({ seed, n, received, customer, staff, cutoff, articles, booked }) {
  const rnd = stream(seed, `ticket/${n}`);
  const id = `T-${crockford(rnd, 12)}`;
  const eventId = () => `e-${crockford(rnd, 12).toLowerCase()}`;
  const category = rnd.weighted(CATEGORY_MIX);
  const template = rnd.pick(templates.get(category) ?? all);
  const text = (key) => (template[key]?.length && rnd.chance(0.7) ? rnd.pick(template[key]) : rnd.pick(ANY[key]));
  const priority = rnd.weighted(PRIORITY_MIX);
  const contact = customer.contacts.length ? rnd.pick(customer.contacts).name : undefined;
  const first = rnd.pick(staff.first);
  const second = rnd.pick(staff.second);

  const events = [];
  let t = received;
  let done = false;
  const stamp = (ms) => {
    // strictly after the previous event, so that the recorded order is the file's order
    t = Math.max(ms, t + minutes(1));
    return t;
  };
  const push = (ms, by, payload) => {
    if (done) return false;
    const when = stamp(ms);
    if (when >= cutoff) {
      done = true;
      return false;
    }
    events.push({ id: eventId(), at: iso(when), by, ...payload });
    return true;
  };
  const state = () => project(id, events);
  const ctx = (by) => ({
    actor: { id: by.id, roles: by.roles },
    projectLead: customer.projectLead,
    salesRep: customer.salesRep,
    rolesOf: (who) => staff.byId.get(who)?.roles,
  });
  const act = (ms, by, action, input) => {
    if (done) return false;
    const payload = decide(action, state(), ctx(by), input);
    return push(ms, by.id, drop(payload));
  };
  const later = (serviceMinutes) => addService(t, serviceMinutes);
  const log = (by, activity, mins, note) => {
    const when = later(rnd.int(10, 120));
    const extra = rnd.chance(0.02)
      ? { nonBillable: rnd.pick(['Kulanz', 'eigener Fehler im Update', 'Nachbesserung']) }
      : {};
    const on = day(Math.max(when, t));
    const key = `${by.id} ${on}`;
    const fits = Math.min(mins, DAY_MINUTES - (booked.get(key) ?? 0));
    if (fits < 5) return true;
    const pushed = push(
      when,
      by.id,
      drop({ type: 'time-logged', minutes: fits, activity, on, staff: by.id, note, ...extra }),
    );
    if (pushed) booked.set(key, (booked.get(key) ?? 0) + fits);
    return pushed;
  };
  const entryMinutes = () => 5 * Math.max(1, Math.min(96, Math.round(rnd.lognormal(6, 0.8))));

  // received, then opened by First Level a little later (at once on the phone)
  const channel = rnd.weighted(CHANNEL_MIX);
  const openAt = channel === 'phone' ? received + minutes(rnd.int(1, 6)) : later(rnd.int(5, 90));
  const qualifyAtOnce = rnd.chance(0.6);
  const qualification = {
    category,
    product: template.product,
    ...(template.module && { module: template.module }),
    priority,
  };
  push(
    openAt,
    first.id,
    drop({
      type: 'opened',
      title: `${template.title}${rnd.pick(VARIANTS)}`,
      customer: customer.id,
      description: template.description,
      channel,
      contact,
      receivedAt: iso(received),
      // taken on the phone or on site while talking to the customer: that is the reaction (desk.yaml workflow.reactedOnOpen)
      ...((channel === 'phone' || channel === 'on-site') && { conversation: true }),
      ...(qualifyAtOnce && qualification),
    }),
  );
  if (!qualifyAtOnce) act(later(rnd.int(3, 60)), first, 'qualify', qualification);
  push(t + 30_000, first.id, { type: 'assigned', to: first.id });

  // the first reaction: usually within the agreed time, sometimes late
  const reaction = priority === 'critical' ? 30 : priority === 'high' ? 90 : 200;
  act(later(rnd.lognormal(reaction / 3, 0.9)), first, 'reply', { text: text('replies') });
  const support = category !== 'new-development' && category !== 'project-work';
  if (support && rnd.chance(0.5)) log(first, 'communication', entryMinutes(), text('logNotes'));
  if (!support || category === 'feature-idea') {
    // not support's work: hand it to the project lead or sales (a feature idea goes to sales)
    const target = category === 'feature-idea' || rnd.chance(0.3) ? 'sales' : 'project-lead';
    act(later(rnd.int(20, 300)), first, 'handoff', {
      target,
      reason: rnd.pick(
        template.handoffs?.length
          ? template.handoffs
          : ['Kein Supportfall: Angebot und Planung über den Projektleiter'],
      ),
    });
    if (rnd.chance(0.4)) act(later(rnd.int(600, 6000)), first, 'close', { acceptedBy: contact ?? 'Kunde' });
    return { id, events };
  }

  let worker = first;
  let entries = rnd.int(4, 14);
  const escalate = category === 'change-request' || (category !== 'question' && rnd.chance(0.45)) || rnd.chance(0.06);
  if (escalate) {
    act(later(rnd.int(30, 480)), first, 'escalate', {
      reason: text('escalations') || 'Analyse durch den Second Level nötig',
      to: second.id,
    });
    worker = second;
    if (category === 'change-request') {
      const estimate =
        60 *
        rnd.weighted([
          [1, 1],
          [2, 3],
          [4, 4],
          [6, 3],
          [8, 2],
          [12, 2],
          [24, 1],
        ]);
      log(second, 'analysis', entryMinutes(), 'Aufwand geschätzt');
      act(later(rnd.int(60, 900)), second, 'estimate', {
        minutes: estimate,
        note: 'Umsetzung inklusive Test auf dem Testsystem',
      });
      if (estimate > 8 * 60) {
        act(later(rnd.int(60, 600)), second, 'handoff', {
          target: 'project-lead',
          reason: 'Aufwand über 8 h: Projektarbeit, Angebot über den Projektleiter',
        });
        return { id, events };
      }
      const lead = staff.byId.get(customer.projectLead);
      act(later(rnd.int(120, 2400)), lead, 'approve', { note: 'Freigabe nach Rücksprache mit dem Kunden' });
    }
  }

  // the work: time entries, questions to the customer, waiting, notes
  const activities =
    worker === second
      ? [
          ['analysis', 45],
          ['solution', 25],
          ['remote-session', 15],
          ['communication', 10],
          ['documentation', 5],
          ...(category === 'change-request' ? [['change', 60]] : []),
        ]
      : [
          ['solution', 40],
          ['communication', 30],
          ['remote-session', 20],
          ['documentation', 10],
        ];
  while (entries-- > 0 && !done) {
    const roll = rnd.next();
    if (roll < 0.07) {
      act(later(rnd.int(10, 240)), worker, 'wait', { reason: 'Rückmeldung des Kunden abwarten' });
      push(addService(t, rnd.lognormal(600, 1)), worker.id, {
        type: 'message',
        direction: 'from-customer',
        text: text('customer'),
      });
    } else if (roll < 0.12) {
      push(later(rnd.int(10, 300)), worker.id, { type: 'comment', text: text('notes') || 'Rückfrage intern geklärt.' });
    } else if (roll < 0.2) {
      act(later(rnd.int(30, 600)), worker, 'reply', { text: text('replies') });
    }
    log(worker, rnd.weighted(activities), entryMinutes(), rnd.chance(0.6) ? text('logNotes') : undefined);
  }

  const kb = rnd.chance(0.2) ? articleBefore(articles, t, rnd) : undefined;
  if (kb) push(later(5), worker.id, { type: 'kb-linked', slug: kb });
  act(later(rnd.int(30, 600)), worker, 'resolve', {
    solution: text('solutions') || 'Problem behoben, Kunde informiert.',
    ...(kb && rnd.chance(0.5) && { kb }),
  });
  if (worker === second) act(later(rnd.int(5, 120)), second, 'return', { note: 'Bitte Abnahme beim Kunden einholen.' });
  if (rnd.chance(0.03)) {
    // not accepted: the customer reports it again, First Level takes it back
    act(later(rnd.int(240, 2400)), first, 'reopen', { reason: 'Kunde meldet: Fehler tritt wieder auf' });
    log(first, 'solution', entryMinutes(), 'erneut geprüft');
    act(later(rnd.int(60, 900)), first, 'resolve', { solution: 'Nachbesserung: Ursache endgültig behoben.' });
  }
  if (rnd.chance(0.004)) return { id, events }; // left resolved: acceptance never came
  act(
    later(rnd.int(60, 4000)),
    first,
    'close',
    rnd.chance(0.97) ? { acceptedBy: contact ?? 'Kunde' } : { withoutAcceptance: 'Kunde nicht erreichbar' },
  );
  if (rnd.chance(0.25)) {
    const score = rnd.weighted([
      [5, 50],
      [4, 30],
      [3, 12],
      [2, 5],
      [1, 3],
    ]);
    push(
      addService(t, rnd.int(60, 2000)),
      first.id,
      drop({
        type: 'feedback',
        score,
        from: contact,
        ...(rnd.chance(0.3) && { comment: score >= 4 ? 'Schnelle Hilfe, danke!' : 'Hat zu lange gedauert.' }),
      }),
    );
  }
  return { id, events };
}

/** A knowledge-base article that existed at `ms`, or none. */
function articleBefore(articles, ms, rnd) {
  const created = day(ms);
  for (let i = 0; i < 4; i++) {
    const a = articles[Math.floor(rnd.next() * articles.length)];
    if (a && a.meta.created <= created) return a.slug;
  }
  return undefined;
}

function drop(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
