import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskConfig } from '../core/schema/config.js';
import { writeFileAtomic } from './atomic-write.js';
import { DESK_VERSION } from './desk-version.js';

/**
 * desk.yaml, validated. Validating it loads YAML, zod and the holiday calendars, which is most
 * of what a small command costs, so the result is kept in .desk/config.json under the hash of
 * the file's exact text and desk's version: the same text always validates the same way, so
 * the cache can never disagree with the file, and any edit is read afresh.
 */
interface Cached {
  key: string;
  config: DeskConfig;
}

export async function readDeskConfig(root: string): Promise<DeskConfig> {
  const text = readFileSync(join(root, 'desk.yaml'), 'utf8');
  const key = `${DESK_VERSION}:${createHash('sha256').update(text).digest('hex')}`;
  const cachePath = join(root, '.desk', 'config.json');
  try {
    const cached = JSON.parse(readFileSync(cachePath, 'utf8')) as Cached;
    if (cached.key === key) return cached.config;
  } catch {
    // no cache yet, or an unreadable one: validate the file
  }
  const [{ deskConfigSchema }, { parseYamlText, issuesToProblems }, { orThrow }] = await Promise.all([
    import('../core/schema/config.js'),
    import('../core/files/yaml-text.js'),
    import('./yaml-files.js'),
  ]);
  const yaml = parseYamlText('desk.yaml', text);
  const parsed = yaml.ok ? deskConfigSchema.safeParse(yaml.value ?? {}) : undefined;
  const config = orThrow(!yaml.ok ? yaml : parsed!.success ? { ok: true, value: parsed!.data } : { ok: false, problems: issuesToProblems('desk.yaml', parsed!.error.issues) });
  await writeFileAtomic(cachePath, JSON.stringify({ key, config } satisfies Cached)).catch(() => undefined); // a read-only clone still works
  return config;
}
