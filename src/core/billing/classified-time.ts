import type { Minutes } from '../duration.js';
import type { ClassifiedEntry } from './classify.js';
import type { Bucket, DateRange, IsoDate } from './types.js';

/**
 * One customer's classified entries in chronological order, looked up by date range. Settling a
 * period reads its own entries, and carry-over and pools read the sums of every earlier period:
 * walking all entries for each of them made a long contract history cost its square.
 */
export class ClassifiedTime {
  private readonly dates: IsoDate[];
  /** Per bucket, the rounded minutes of the entries before each position (built when first asked). */
  private readonly sums = new Map<Bucket, Float64Array>();

  constructor(readonly entries: readonly ClassifiedEntry[]) {
    this.dates = entries.map((c) => c.entry.date);
  }

  /** The entries worked within `range`, in chronological order. */
  within(range: DateRange): ClassifiedEntry[] {
    return this.entries.slice(this.firstOn(range.from), Math.max(this.firstOn(range.from), this.firstAfter(range.to)));
  }

  /** Rounded minutes of `bucket` worked within `range`. */
  minutesIn(bucket: Bucket, range: DateRange): Minutes {
    const sums = this.cumulative(bucket);
    return Math.max(0, sums[this.firstAfter(range.to)]! - sums[this.firstOn(range.from)]!);
  }

  private cumulative(bucket: Bucket): Float64Array {
    let sums = this.sums.get(bucket);
    if (!sums) {
      sums = new Float64Array(this.entries.length + 1);
      for (let i = 0; i < this.entries.length; i++) {
        let minutes = 0;
        for (const p of this.entries[i]!.parts) if (p.bucket === bucket) minutes += p.minutes;
        sums[i + 1] = sums[i]! + minutes;
      }
      this.sums.set(bucket, sums);
    }
    return sums;
  }

  /** The position of the first entry on or after `iso`. */
  private firstOn(iso: IsoDate): number {
    return this.search((date) => date < iso);
  }

  /** The position of the first entry after `iso`. */
  private firstAfter(iso: IsoDate): number {
    return this.search((date) => date <= iso);
  }

  /** The first position whose date is not `before`; the dates are sorted, so `before` holds for a prefix. */
  private search(before: (date: IsoDate) => boolean): number {
    let lo = 0;
    let hi = this.dates.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (before(this.dates[mid]!)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
