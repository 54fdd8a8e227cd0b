import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTicket, helpdesk, type InProcessHelpdesk } from '../helpers/helpdesk.js';
import { ticketFile } from '../../src/core/ticket/paths.js';
import { parseTicket } from '../../src/core/ticket/ticket-file.js';
import { keptTicket } from '../../src/store/ticket-copies.js';

/**
 * A file read again as it was is not validated again (.desk/valid/): the copy is keyed by the
 * file's exact text, so whatever happens to the file or the copy, a command answers as if there
 * were none.
 */
let hd: InProcessHelpdesk;
let id: string;
const kept = () => join(hd.root, '.desk', 'valid', `${ticketFile(id)}.json`);
const showWithoutCopies = async () => {
  rmSync(join(hd.root, '.desk', 'valid'), { recursive: true, force: true });
  return await hd.desk(['show', id]);
};

beforeEach(async () => {
  hd = helpdesk();
  id = await openTicket(hd, ['--description', 'Seit dem Update druckt der Etikettendrucker im Lager nicht mehr.']);
});
afterEach(() => hd.cleanup());

describe('validated once per version of a file', () => {
  it('keeps what it validated, and answers the same from it', async () => {
    const first = await hd.desk(['show', id]);
    expect(first.code).toBe(0);
    expect(existsSync(kept())).toBe(true);
    expect(existsSync(join(hd.root, '.desk', 'valid', 'contracts', 'acme.yaml.json'))).toBe(true);
    expect(await hd.desk(['show', id])).toEqual(first);
  });

  it('keeps what desk itself wrote, as the file says it: the next command reads it without validating', async () => {
    await hd.ok(['log', id, '45m', '-m', 'Treiber neu installiert']);
    const text = hd.read(ticketFile(id));
    const parsed = parseTicket(ticketFile(id), text, id);
    const fromCopy = keptTicket(hd.root, id, text);
    expect(parsed.ok && fromCopy).toEqual(parsed.ok && parsed.value);
    expect(fromCopy?.state.timeEntries.map((e) => e.minutes)).toEqual([45]);
    expect(await hd.desk(['show', id])).toEqual(await showWithoutCopies());
  });

  it('reads a hand edit afresh, and reports a broken file though a valid copy is kept', async () => {
    await hd.ok(['show', id]);
    hd.write(
      ticketFile(id),
      hd.read(ticketFile(id)).replaceAll('title: Drucker druckt nicht', 'title: Etikettendrucker druckt nicht'),
    );
    const edited = await hd.desk(['show', id]);
    expect(edited.stdout).toContain('Etikettendrucker druckt nicht');
    expect(edited).toEqual(await showWithoutCopies());
    hd.write(ticketFile(id), hd.read(ticketFile(id)).replace(/channel: .*/, 'channel: telepathy'));
    const broken = await hd.desk(['show', id]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`${ticketFile(id)}: events[0].channel`);
  });

  it('ignores a damaged or foreign copy', async () => {
    const expected = await hd.desk(['show', id]);
    hd.write(`.desk/valid/${ticketFile(id)}.json`, '{"key": "0.1.0:abc", "value": {"events": []}}');
    expect(await hd.desk(['show', id])).toEqual(expected);
    hd.write(`.desk/valid/${ticketFile(id)}.json`, 'not json at all');
    expect(await hd.desk(['show', id])).toEqual(expected);
  });
});
