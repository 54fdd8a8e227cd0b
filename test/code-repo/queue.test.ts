import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';

let hd: InProcessHelpdesk;
let code: CodeRepoFixture;
beforeEach(() => {
  hd = helpdesk();
  code = tempCodeRepo();
  code.git('config', 'desk.repo', hd.root);
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
});

describe("Second Level's queue from a code repository", () => {
  it('shows the tickets at Second Level, through desk.repo', async () => {
    const first = await openTicket(hd, [
      '--category',
      'question',
      '--priority',
      'normal',
      '--title',
      'Bleibt bei First Level',
    ]);
    const second = await openTicket(hd, [
      '--category',
      'malfunction',
      '--priority',
      'high',
      '--title',
      'Export bricht ab',
    ]);
    await hd.ok(['escalate', second, '--reason', 'Analyse im Code nötig', '--to', 'jb']);
    const queue = JSON.parse(await hd.ok(['queue', '--json'], { cwd: code.root, env: { DESK_USER: 'jb' } })) as {
      id: string;
      level: number;
    }[];
    expect(queue.map((t) => t.id)).toEqual([second]);
    expect(queue.map((t) => t.id)).not.toContain(first);
    expect(queue[0]!.level).toBe(2);
    expect(await hd.ok(['queue'], { cwd: code.root, env: { DESK_USER: 'jb' } })).toContain('Export bricht ab');
  });
});
