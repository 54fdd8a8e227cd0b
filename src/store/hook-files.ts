import { chmod, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  HOOK_NAMES,
  KEPT_SUFFIX,
  hookScript,
  planInstall,
  planUninstall,
  type DeskCommand,
  type HookSlot,
  type InstallStep,
  type UninstallStep,
} from '../core/code/hooks.js';
import { writeFileAtomic } from './atomic-write.js';
import type { CodeRepo } from './code-repo.js';

/** What the hooks folder of a code repository holds for desk's hooks. */
async function readSlots(code: CodeRepo, dir: string): Promise<HookSlot[]> {
  return Promise.all(
    HOOK_NAMES.map(async (name) => {
      const path = join(dir, name);
      const current = await readFile(path, 'utf8').catch(() => undefined);
      return {
        name,
        current,
        tracked: current !== undefined && (await code.tracks(path)),
        kept: await exists(`${path}${KEPT_SUFFIX}`),
      };
    }),
  );
}

/** Installs desk's hooks next to the developer's own (see src/core/code/hooks.ts); all or nothing is checked before the first file moves. */
export async function installHooks(code: CodeRepo, desk: DeskCommand): Promise<{ dir: string; steps: InstallStep[] }> {
  const dir = await code.hooksDir();
  const steps = planInstall(await readSlots(code, dir));
  await mkdir(dir, { recursive: true });
  for (const s of steps) {
    const path = join(dir, s.name);
    if (s.keepExisting) await rename(path, `${path}${KEPT_SUFFIX}`);
    await writeFileAtomic(path, hookScript(s.name, desk));
    await chmod(path, 0o755);
  }
  return { dir, steps };
}

/** Removes desk's hooks and puts back the ones they kept. */
export async function uninstallHooks(code: CodeRepo): Promise<{ dir: string; steps: UninstallStep[] }> {
  const dir = await code.hooksDir();
  const steps = planUninstall(await readSlots(code, dir));
  for (const s of steps) {
    const path = join(dir, s.name);
    if (s.remove) await rm(path, { force: true });
    if (s.restore) await rename(`${path}${KEPT_SUFFIX}`, path);
  }
  return { dir, steps };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
