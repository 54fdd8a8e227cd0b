import { TICKET_ID_LENGTH } from './ids.js';

const WIDTH = 2 + TICKET_ID_LENGTH;
const STRIDE = WIDTH + 1;

/** Ids by position: an array, or a SortedIds that makes each string only when asked. */
export interface IdList {
  readonly length: number;
  at(i: number): string | undefined;
}

/**
 * Ticket ids in sorted order, held as one text of ids joined by newlines. Every ticket id has
 * the same length, so the i-th id is found by arithmetic: the list kept beside the ticket index
 * is searched as it is read from its file, without making 100,000 strings a command would
 * throw away after looking at twenty of them.
 */
export class SortedIds {
  readonly length: number;

  private constructor(private readonly text: string) {
    this.length = text ? (text.length + 1) / STRIDE : 0;
  }

  /** From ids in sorted order. */
  static of(sorted: readonly string[]): SortedIds {
    return new SortedIds(sorted.join('\n'));
  }

  /** The list from its joined text, or undefined when the text is not ids of one length. */
  static fromText(text: string): SortedIds | undefined {
    if ((text.length + 1) % STRIDE !== 0 && text !== '') return undefined;
    for (let at = WIDTH; at < text.length; at += STRIDE) if (text[at] !== '\n') return undefined;
    return new SortedIds(text);
  }

  at(i: number): string | undefined {
    return i >= 0 && i < this.length ? this.text.slice(i * STRIDE, i * STRIDE + WIDTH) : undefined;
  }

  /** The position of the first id not before `key`. */
  lowerBound(key: string): number {
    let lo = 0;
    let hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(mid, key)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** ids[i] < key, compared where the id lies in the text: a list of thousands asks this tens of thousands of times. */
  private before(i: number, key: string): boolean {
    const start = i * STRIDE;
    for (let k = 0; k < WIDTH; k++) {
      if (k === key.length) return false;
      const d = this.text.charCodeAt(start + k) - key.charCodeAt(k);
      if (d !== 0) return d < 0;
    }
    return WIDTH < key.length;
  }

  startingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix), id = this.at(i); id?.startsWith(prefix); id = this.at(++i)) found.push(id);
    return found;
  }
}
