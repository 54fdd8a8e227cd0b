import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAnnouncement, type AnnouncementRecord } from '../core/announce/record.js';
import type { Problem } from '../core/files/yaml-text.js';
import { readHelpdeskTextOr } from './helpdesk-files.js';

/** Every announcement sent (announcements/<year>/<id>.yaml), oldest first, and the files that did not parse. */
export async function loadAnnouncements(root: string): Promise<{ records: AnnouncementRecord[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records: AnnouncementRecord[] = [];
  const years = (await readdir(join(root, 'announcements')).catch(() => [] as string[])).filter((y) =>
    /^\d{4}$/.test(y),
  );
  for (const year of years.sort()) {
    for (const name of (await readdir(join(root, 'announcements', year))).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = `announcements/${year}/${name}`;
      const text = await readHelpdeskTextOr(root, file, problems);
      if (text === undefined) continue;
      const parsed = parseAnnouncement(file, text);
      if (parsed.ok) records.push(parsed.value);
      else problems.push(...parsed.problems);
    }
  }
  return { records: records.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)), problems };
}
