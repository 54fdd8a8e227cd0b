import type { Minutes } from '../duration.js';
import type { BilledPart, ClassifiedEntry } from './classify.js';
import { inRange } from './dates.js';
import type { Bucket, DateRange } from './types.js';

export const partsOf = (classified: readonly ClassifiedEntry[]): BilledPart[] => classified.flatMap((c) => c.parts);

/** Rounded minutes of `bucket` worked within `range`. */
export function minutesIn(parts: readonly BilledPart[], bucket: Bucket, range: DateRange): Minutes {
  let total = 0;
  for (const p of parts) if (p.bucket === bucket && inRange(p.entry.date, range)) total += p.minutes;
  return total;
}
