import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskConfig } from '../core/schema/config.js';
import { validatedOnce } from './validated-files.js';
import { orThrow, validateYaml } from './yaml-files.js';

/**
 * desk.yaml, validated. Validating it loads YAML, zod and the holiday calendars, which is most
 * of what a small command costs, so it is validated once per version of its text
 * (validated-files.ts): any edit is read afresh.
 */
export async function readDeskConfig(root: string): Promise<DeskConfig> {
  const text = readFileSync(join(root, 'desk.yaml'), 'utf8');
  return orThrow(
    await validatedOnce(root, 'desk.yaml', text, async () =>
      validateYaml('desk.yaml', text, (await import('../core/schema/config.js')).deskConfigSchema),
    ),
  );
}
