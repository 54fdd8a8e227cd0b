import { createHash } from 'node:crypto';
import type { Status } from '../../core/ticket/vocabulary.js';
import { fingerprintBlocks, StoredManifest, type Entry } from './manifest.js';

/** One shard folder's entries in id order: its manifest as stored, or entries just read or kept. */
export type ShardEntries = StoredManifest | readonly Entry[];

/**
 * Every ticket file of the index, shard folder by shard folder, in id order. A stored manifest
 * makes its entries only when they are asked for: a command that selects by status (`desk list`)
 * or looks up ids next to a few (short ids) touches a byte or an id of each, not 100,000 objects.
 */
export class EntryShards {
  /** Where each shard's entries start in the whole, and the whole's length last. */
  private readonly starts: number[];
  private flat: Entry[] | undefined;

  constructor(private readonly shards: readonly ShardEntries[]) {
    this.starts = [0];
    for (const s of shards) this.starts.push(this.starts.at(-1)! + s.length);
  }

  get length(): number {
    return this.starts.at(-1)!;
  }

  /** Every entry, in id order (made once, when first asked). */
  all(): Entry[] {
    return (this.flat ??= this.shards.flatMap((s) => (s instanceof StoredManifest ? s.entries() : s)));
  }

  /**
   * The entries whose status is one of `statuses` (undefined: the file does not parse) and, given
   * `customers`, that name one of them; in id order.
   */
  withStatus(statuses: readonly (Status | undefined)[], customers?: ReadonlySet<string>): Entry[] {
    const wanted = (e: Entry) => statuses.includes(e.status) && (!customers || customers.has(e.customer));
    if (this.flat) return this.flat.filter(wanted);
    const named = customers && [...customers].map((c) => Buffer.from(c, 'utf8'));
    const out: Entry[] = [];
    for (const s of this.shards)
      if (s instanceof StoredManifest) s.collectWithStatus(statuses, named, out);
      else for (const e of s) if (wanted(e)) out.push(e);
    return out;
  }

  /**
   * One hash of the ids and row hashes of every entry that parses: equal while no ticket file
   * changed what was read from it, so that another cache built from the same files
   * (ticket-search.ts) can tell that it is still up to date.
   */
  fingerprint(): string {
    const hash = createHash('sha256');
    for (const s of this.shards)
      for (const block of s instanceof StoredManifest
        ? s.fingerprintBlocks()
        : fingerprintBlocks(s.filter((e) => e.status !== undefined)))
        hash.update(block);
    return hash.digest('base64url');
  }

  /** How many entries name each customer. */
  customerCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.shards)
      if (s instanceof StoredManifest) s.countCustomers(counts);
      else for (const e of s) counts.set(e.customer, (counts.get(e.customer) ?? 0) + 1);
    return counts;
  }

  /** The ids next to `id` in id order, `id` itself left out. */
  neighboursOf(id: string): string[] {
    let [lo, hi] = [0, this.length];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.idAt(mid) < id) lo = mid + 1;
      else hi = mid;
    }
    const after = lo < this.length && this.idAt(lo) === id ? lo + 1 : lo;
    return [lo - 1, after].filter((at) => at >= 0 && at < this.length).map((at) => this.idAt(at));
  }

  /** The id of the entry at `at` in the whole. */
  private idAt(at: number): string {
    let [lo, hi] = [0, this.shards.length - 1];
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    const s = this.shards[lo]!;
    const i = at - this.starts[lo]!;
    return s instanceof StoredManifest ? s.id(i) : s[i]!.id;
  }
}
