import type { DeskConfig } from '../core/schema/config.js';
import { validatedOnce } from './validated-files.js';
import { orThrow, validateYaml } from './yaml-files.js';
import { readHelpdeskTextSync } from './helpdesk-files.js';

/**
 * desk.yaml, validated. Validating it loads YAML, zod and the holiday calendars, which is most
 * of what a small command costs, so it is validated once per version of its text
 * (validated-files.ts): any edit is read afresh.
 */
export async function readDeskConfig(root: string): Promise<DeskConfig> {
  const text = readHelpdeskTextSync(root, 'desk.yaml');
  return orThrow(
    await validatedOnce(root, 'desk.yaml', text, async () =>
      validateYaml('desk.yaml', text, (await import('../core/schema/config.js')).deskConfigSchema),
    ),
  );
}
