// Closing by silence when the resolution came from elsewhere: a colleague's clone through desk
// sync or plain git, a calendar changed in desk.yaml. A command changing one ticket does not read every
// resolved ticket each time (docs/workflow.md); whatever moved since its last look must still
// close on its day, at the first ticket command after it, as `desk housekeeping` would.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempTeam, type Team } from './team.js';

let team: Team;
beforeEach(() => (team = tempTeam(['anna', 'carla'])));
afterEach(() => team.cleanup());

const MON = '2026-11-23T09:00:00+01:00';
const at = (instant: string) => ({ DESK_NOW: instant });
const statusOf = async (clone: Team['clones'][number], id: string, instant: string) =>
  (JSON.parse(await clone.ok(['show', id, '--json'], at(instant))) as { state: { status: string } }).state.status;
/** A qualified ticket (a new one cannot be resolved), opened in `clone` at `instant`. */
const open = (clone: Team['clones'][number], title: string, instant: string) =>
  clone.open(title, at(instant), ['--category', 'malfunction', '--priority', 'normal']);
const subjects = (clone: Team['clones'][number], n: number) => clone.git('log', `-${n}`, '--format=%s').split('\n');

describe('closing by silence, whoever resolved the ticket', () => {
  it('a ticket resolved in another clone closes on its day at the next ticket command here', async () => {
    const [anna, lars] = team.clones;
    const other = await open(anna!, 'Drucker druckt nicht', MON);
    await anna!.ok(['sync']);
    // Anna's clone has looked at its resolved tickets (none) before Lars's resolution arrives
    await anna!.ok(['comment', other, '-m', 'Treiber geprüft'], at(MON));

    await lars!.ok(['sync']);
    await lars!.ok(['resolve', other, '--solution', 'Druckertreiber neu installiert'], at(MON));
    await lars!.ok(['sync']);
    await anna!.ok(['sync'], at('2026-11-24T09:00:00+01:00'));

    const mine = await open(anna!, 'Lohnexport bricht ab', '2026-12-04T10:00:00+01:00');
    expect(await statusOf(anna!, other, '2026-12-04T10:00:00+01:00')).toBe('resolved'); // 9 business days
    await anna!.ok(['comment', mine, '-m', 'Logdatei angefordert'], at('2026-12-07T08:00:00+01:00'));
    expect(await statusOf(anna!, other, '2026-12-07T08:00:00+01:00')).toBe('closed');
    expect(subjects(anna!, 2)[1]).toMatch(/^T-\w+: close as accepted by silence \(10 business days/);
  });

  it('a resolution that arrives by plain git (git pull, not desk sync) is seen too', async () => {
    const [anna, lars] = team.clones;
    const id = await open(anna!, 'VPN trennt sich', MON);
    await anna!.ok(['comment', id, '-m', 'Rückruf vereinbart'], at(MON)); // a look: nothing resolved
    await anna!.ok(['sync']);
    await lars!.ok(['sync']);
    await lars!.ok(['resolve', id, '--solution', 'MTU auf 1400 gesetzt'], at(MON));
    await lars!.ok(['sync']);
    anna!.git('pull', '-q', '--ff-only');

    const mine = await open(anna!, 'Scanner', '2026-12-04T10:00:00+01:00');
    await anna!.ok(['comment', mine, '-m', 'Modell erfragt'], at('2026-12-07T08:00:00+01:00'));
    expect(await statusOf(anna!, id, '2026-12-07T08:00:00+01:00')).toBe('closed');
  });

  it('both clones close the same ticket on its day: the sync keeps one close, and drops the commit already sent', async () => {
    const [anna, carla] = team.clones;
    const id = await open(anna!, 'Kasse startet nicht', MON);
    await anna!.ok(['resolve', id, '--solution', 'Kassendienst neu gestartet'], at(MON));
    const other = await open(anna!, 'Etiketten falsch', MON);
    await anna!.ok(['sync']);
    await carla!.ok(['sync']);

    // each clone's first ticket command of the day closes it; Anna's came first and is sent first
    await anna!.ok(['comment', other, '-m', 'Vorlage geprüft'], at('2026-12-08T08:00:00+01:00'));
    await anna!.ok(['sync']);
    await carla!.ok(['comment', other, '-m', 'Drucker getauscht'], at('2026-12-08T09:00:00+01:00'));
    expect(subjects(carla!, 2)[1]).toMatch(/close as accepted by silence/);
    expect(await carla!.ok(['sync'])).toMatch(/1 of yours sent/);

    const closes = carla!
      .git('log', '--format=%s')
      .split('\n')
      .filter((s) => /accepted by silence/.test(s));
    expect(closes).toHaveLength(1); // Carla's close of the same ticket added nothing: not sent
    expect(carla!.git('reflog', '-1', '--format=%gs')).toMatch(/^desk sync: onto /);
    const { events } = JSON.parse(await carla!.ok(['show', id, '--json'])) as { events: { type: string }[] };
    expect(events.filter((e) => e.type === 'closed')).toHaveLength(1);
    await anna!.ok(['sync']);
    expect(anna!.git('rev-parse', 'HEAD')).toBe(carla!.git('rev-parse', 'HEAD'));
  });

  it('fewer days in desk.yaml close what is due by the new rule at the next ticket command', async () => {
    const [anna] = team.clones;
    anna!.write('desk.yaml', `${anna!.read('desk.yaml')}workflow:\n  autoCloseDays: 20\n`);
    anna!.git('commit', '-qam', 'twenty business days of silence');
    const id = await open(anna!, 'Kennwort abgelaufen', MON);
    await anna!.ok(['resolve', id, '--solution', 'Kennwort zurückgesetzt'], at(MON));
    const other = await open(anna!, 'Scanner', '2026-11-30T09:00:00+01:00');
    await anna!.ok(['comment', other, '-m', 'Modell erfragt'], at('2026-12-08T09:00:00+01:00'));
    expect(await statusOf(anna!, id, '2026-12-08T09:00:00+01:00')).toBe('resolved');

    anna!.write('desk.yaml', anna!.read('desk.yaml').replace('autoCloseDays: 20', 'autoCloseDays: 5'));
    anna!.git('commit', '-qam', 'five business days are enough');
    await anna!.ok(['comment', other, '-m', 'Treiber gesendet'], at('2026-12-08T09:30:00+01:00'));
    expect(await statusOf(anna!, id, '2026-12-08T09:30:00+01:00')).toBe('closed');
  });
});
