import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runHere } from '../../src/store/git-process.js';
import { relayed } from '../helpers/program-relay.js';

/**
 * In-process runs start git through the relay (test/helpers/program-relay.ts); everything they
 * test rests on git answering there exactly as when desk starts it itself.
 */
describe('git started through the test relay answers as when desk starts it', () => {
  const repo = mkdtempSync(join(tmpdir(), 'desk-relay-'));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, LANG: 'C' };
  const both = async (args: string[], input?: string, cwd = repo) => {
    const [a, b] = await Promise.all(
      [runHere, relayed].map((run) =>
        run('git', args, { cwd, env, input }).then(
          (r) => r,
          (e: NodeJS.ErrnoException) => ({ failed: e.code }),
        ),
      ),
    );
    expect(b).toStrictEqual(a);
    return a;
  };

  it('exit code, output and errors; input on stdin; a folder that is not there', async () => {
    await runHere('git', ['init', '-q', '-b', 'main'], { cwd: repo, env });
    const hashed = await both(['hash-object', '--stdin'], 'Drucker druckt nicht\n');
    expect(hashed).toMatchObject({ code: 0, stdout: expect.stringMatching(/^[0-9a-f]{40}\n$/) });
    const failed = await both(['rev-parse', '--verify', 'HEAD']);
    expect(failed).toMatchObject({ code: 128, stderr: expect.stringContaining('Needed a single revision') });
    expect(await both(['status'], undefined, join(repo, 'gibt-es-nicht'))).toEqual({ failed: 'ENOENT' });
  });
});
