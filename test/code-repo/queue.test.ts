import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, tempHelpdesk, type TempHelpdesk } from '../helpers/helpdesk.js';
import { tempCodeRepo, type CodeRepoFixture } from './helpers.js';

let hd: TempHelpdesk;
let code: CodeRepoFixture;
beforeEach(() => {
  hd = tempHelpdesk();
  code = tempCodeRepo();
  code.git('config', 'desk.repo', hd.root);
});
afterEach(() => {
  hd.cleanup();
  code.cleanup();
});

describe("Second Level's queue from a code repository", () => {
  it('shows the tickets at Second Level, through desk.repo', () => {
    const first = openTicket(hd, [
      '--category',
      'question',
      '--priority',
      'normal',
      '--title',
      'Bleibt bei First Level',
    ]);
    const second = openTicket(hd, ['--category', 'malfunction', '--priority', 'high', '--title', 'Export bricht ab']);
    hd.ok(['escalate', second, '--reason', 'Analyse im Code nötig', '--to', 'jb']);
    const queue = JSON.parse(hd.ok(['queue', '--json'], { cwd: code.root, env: { DESK_USER: 'jb' } })) as {
      id: string;
      level: number;
    }[];
    expect(queue.map((t) => t.id)).toEqual([second]);
    expect(queue.map((t) => t.id)).not.toContain(first);
    expect(queue[0]!.level).toBe(2);
    expect(hd.ok(['queue'], { cwd: code.root, env: { DESK_USER: 'jb' } })).toContain('Export bricht ab');
  });
});
