import { z } from 'zod';
import { eventSchema, type TicketEvent } from './events.js';
import { compareEvents } from './event-order.js';
import { project } from './projection.js';
import type { TicketRecord } from './ticket-record.js';
import { conflictMarkerLine } from '../files/conflict-markers.js';
import { issuesToProblems, parseYamlText, type Parsed, type Problem } from '../files/yaml-text.js';

/**
 * Reading a ticket file: YAML, then the schema of its events (zod), then the log's own rules.
 * Apart from writing one (ticket-record.ts), so that a command that finds the file as it was
 * validated last time loads neither zod nor this module.
 */
const ticketFileSchema = z.object({
  id: z.string(),
  summary: z.unknown().optional(),
  events: z.array(eventSchema).min(1, 'a ticket has at least its "opened" event'),
});

/** Parses a ticket file and checks its event log is consistent. */
export function parseTicket(file: string, text: string, expectedId?: string): Parsed<TicketRecord> {
  const marker = conflictMarkerLine(text);
  if (marker) return { ok: false, problems: [conflictProblem(file, marker)] };
  const yaml = parseYamlText(file, text);
  if (!yaml.ok) return yaml;
  const parsed = ticketFileSchema.safeParse(yaml.value);
  if (!parsed.success) return { ok: false, problems: issuesToProblems(file, parsed.error.issues) };
  const { id } = parsed.data;
  const events = [...parsed.data.events].sort(compareEvents);
  const problems = eventLogProblems(file, id, events);
  if (expectedId && id !== expectedId)
    problems.push({ file, field: 'id', message: `the file name says ${expectedId} but the id is ${id}` });
  if (problems.length) return { ok: false, problems };
  return { ok: true, value: { id, events, state: project(id, events) } };
}

/** A plain git merge (no merge driver) left both sides in the file: say how to merge it by its events. */
function conflictProblem(file: string, line: number): Problem {
  const message =
    `line ${line}: git conflict markers: this ticket was merged as plain text, without desk's merge driver; ` +
    `run \`desk setup\` (it installs the driver and merges the file again by its events), or after it \`git checkout --merge -- ${file}\` while the merge is still going on`;
  return { file, field: '(merge)', line, message };
}

function eventLogProblems(file: string, id: string, events: TicketEvent[]): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  events.forEach((e, i) => {
    if (seen.has(e.id)) problems.push({ file, field: `events[${i}].id`, message: `event id ${e.id} occurs twice` });
    seen.add(e.id);
  });
  const opened = events.filter((e) => e.type === 'opened');
  if (opened.length !== 1)
    problems.push({
      file,
      field: 'events',
      message: `a ticket has exactly one "opened" event, ${id} has ${opened.length}`,
    });
  else if (events[0]?.type !== 'opened')
    problems.push({ file, field: 'events', message: 'an event is dated before the "opened" event' });
  return problems;
}
