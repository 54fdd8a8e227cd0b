import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAnnouncement, type AnnouncementRecord } from '../core/announce/record.js';
import type { Parsed, Problem } from '../core/files/yaml-text.js';
import { parseSurvey, type SurveyRecord } from '../core/survey/record.js';
import { readHelpdeskTextOr } from './helpdesk-files.js';

/** Every announcement sent (announcements/<year>/<id>.yaml), oldest first, and the files that did not parse. */
export const loadAnnouncements = (root: string) =>
  loadMailings<AnnouncementRecord>(root, 'announcements', parseAnnouncement);

/** Every survey sent (surveys/<year>/<id>.yaml), oldest first, and the files that did not parse. */
export const loadSurveys = (root: string) => loadMailings<SurveyRecord>(root, 'surveys', parseSurvey);

async function loadMailings<R extends { id: string; date: string }>(
  root: string,
  folder: string,
  parse: (file: string, text: string) => Parsed<R>,
): Promise<{ records: R[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records: R[] = [];
  const years = (await readdir(join(root, folder)).catch(() => [] as string[])).filter((y) => /^\d{4}$/.test(y));
  for (const year of years.sort()) {
    for (const name of (await readdir(join(root, folder, year))).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = `${folder}/${year}/${name}`;
      const text = await readHelpdeskTextOr(root, file, problems);
      if (text === undefined) continue;
      const parsed = parse(file, text);
      if (parsed.ok) records.push(parsed.value);
      else problems.push(...parsed.problems);
    }
  }
  return { records: records.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id)), problems };
}
