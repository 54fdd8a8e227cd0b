// Reaction and resolution status for 100,000 tickets, as `desk queue` and `desk sla` compute
// them. Run after a build: node scripts/bench-sla.mjs. Two mixes: a realistic helpdesk (old
// tickets answered and resolved, the last month open in parts) and a worst case where a third
// of two years' tickets were never answered and half never resolved.
import { defaultCalendarConfig } from '../dist/core/calendar/index.js';
import { customerSchema } from '../dist/core/schema/customer.js';
import { slaBook, ticketSla } from '../dist/core/sla/index.js';
import { project } from '../dist/core/ticket/projection.js';

const N = 100_000;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const now = new Date('2026-11-26T09:00:00+01:00');
const customer = customerSchema.parse({
  id: 'acme',
  name: 'ACME',
  contracts: [
    {
      kind: 'service',
      start: '2024-01-01',
      fee: 1,
      includedHours: 1,
      overageRate: 1,
      hourlyRate: 1,
      reactionTimes: { critical: 1, high: 2, normal: 4, low: 8 },
      resolutionTimes: 40,
    },
  ],
});

function ticket(i, worst) {
  const received = now.getTime() - (i % 730) * DAY - (i % 37) * HOUR;
  const recent = now.getTime() - received < 30 * DAY;
  const at = (ms) => new Date(received + ms).toISOString();
  const events = [
    {
      id: 'e-00000000',
      at: at(0),
      by: 'mk',
      type: 'opened',
      title: 't',
      customer: 'acme',
      description: '',
      channel: 'phone',
      receivedAt: at(0),
      priority: ['critical', 'high', 'normal', 'low'][i % 4],
      category: 'question',
    },
  ];
  const answered = worst ? i % 3 !== 0 : !recent || i % 3 !== 0;
  const resolved = worst ? i % 2 === 0 : !recent || i % 2 === 0;
  if (answered)
    events.push({ id: 'e-00000001', at: at(3 * HOUR), by: 'mk', type: 'message', direction: 'to-customer', text: 'x' });
  if (i % 5 === 0) events.push({ id: 'e-00000002', at: at(5 * HOUR), by: 'mk', type: 'waiting' });
  if (i % 10 === 0)
    events.push({
      id: 'e-00000003',
      at: at(30 * HOUR),
      by: 'mk',
      type: 'message',
      direction: 'from-customer',
      text: 'x',
    });
  if (resolved) events.push({ id: 'e-00000004', at: at(50 * HOUR), by: 'mk', type: 'resolved', solution: 'x' });
  return { state: project(`T-${i}`, events), events };
}

for (const worst of [false, true]) {
  const tickets = Array.from({ length: N }, (_, i) => ticket(i, worst));
  for (let round = 1; round <= 3; round++) {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const book = slaBook(defaultCalendarConfig);
    let breached = 0;
    for (const t of tickets) {
      const sla = ticketSla(t.state, t.events, book.termsFor(customer, new Date(t.state.receivedAt)), now);
      if (sla.reaction.kind === 'overdue' || sla.reaction.kind === 'breached') breached++;
    }
    const cpu = process.cpuUsage(cpu0);
    // CPU time as well as wall time: on a busy machine the wall clock measures the neighbours
    const ms = (micro) => (micro / 1000).toFixed(0);
    console.log(
      `${worst ? 'worst case' : 'realistic '}  round ${round}: ${(performance.now() - t0).toFixed(0)} ms wall, ${ms(cpu.user + cpu.system)} ms CPU for ${N} tickets (${breached} breached)`,
    );
  }
}
