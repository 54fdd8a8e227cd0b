import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFeedbackRequest, type FeedbackRequestRecord } from '../core/feedback/requests.js';
import type { Problem } from '../core/files/yaml-text.js';
import { readHelpdeskTextOr } from './helpdesk-files.js';

/** Every feedback request sent (feedback-requests/<year>/<ticket>.yaml), and the files that did not parse. */
export async function loadFeedbackRequests(
  root: string,
): Promise<{ records: FeedbackRequestRecord[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const records: FeedbackRequestRecord[] = [];
  const years = (await readdir(join(root, 'feedback-requests')).catch(() => [] as string[])).filter((y) =>
    /^\d{4}$/.test(y),
  );
  for (const year of years.sort())
    for (const name of (await readdir(join(root, 'feedback-requests', year))).filter((n) => n.endsWith('.yaml'))) {
      const file = `feedback-requests/${year}/${name}`;
      const text = await readHelpdeskTextOr(root, file, problems);
      if (text === undefined) continue;
      const parsed = parseFeedbackRequest(file, text);
      if (parsed.ok) records.push(parsed.value);
      else problems.push(...parsed.problems);
    }
  return { records, problems };
}
