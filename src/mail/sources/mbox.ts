import { createReadStream } from 'node:fs';
import type { RawMail } from '../intake.js';

/**
 * The messages of an mbox archive (Thunderbird's, mutt's, a provider's export), read as a
 * stream so a year of mail never sits in memory at once. A message starts at a "From " line at
 * the start of the file or after a line break; ">From " lines written for escaping lose one ">".
 */
export async function* mboxMessages(path: string): AsyncGenerator<RawMail> {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    pending = pending.length ? Buffer.concat([pending, chunk as Buffer]) : (chunk as Buffer);
    if (!started) {
      if (pending.length < 5) continue;
      if (pending.subarray(0, 5).toString('latin1') !== 'From ')
        throw new Error('this is not an mbox file: it does not start with a "From " line');
      started = true;
    }
    let from = 0;
    for (;;) {
      const next = nextSeparator(pending, from + 1);
      if (next < 0) break;
      yield message(pending.subarray(from, next));
      from = next + 1;
    }
    pending = pending.subarray(from);
  }
  if (started && pending.length) yield message(pending);
}

/** The offset of the "\n" before the next "From " line. */
function nextSeparator(buf: Buffer, start: number): number {
  let at = start;
  for (;;) {
    const i = buf.indexOf('\nFrom ', at, 'latin1');
    if (i < 0) return -1;
    const end = buf.indexOf('\n', i + 1);
    if (end < 0) return -1; // the line is not complete yet: wait for more
    const line = buf.subarray(i + 1, end).toString('latin1');
    // "From sender date": a sender and something like a date, not a sentence beginning with From
    if (/^From \S+ +\S.*\d{4}\s*$/.test(line) || /^From \S+ +\w{3} \w{3} +\d/.test(line)) return i;
    at = i + 1;
  }
}

function message(part: Buffer): RawMail {
  const firstLine = part.indexOf('\n');
  let body = part.subarray(firstLine + 1);
  if (body.length && body[body.length - 1] === 0x0a) body = body.subarray(0, body.length - 1);
  const text = body.toString('latin1');
  const raw =
    /\n>+From /.test(text) || text.startsWith('>From ')
      ? Buffer.from(text.replace(/^>(>*From )/gm, '$1'), 'latin1')
      : body;
  return { raw };
}
