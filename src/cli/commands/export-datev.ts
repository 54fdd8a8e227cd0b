import { resolve } from 'node:path';
import { parsePeriod } from '../../core/billing/period-text.js';
import { buchungsstapel, datevBookings } from '../../core/datev/buchungsstapel.js';
import { usage } from '../../core/errors.js';
import { io } from '../../io/context.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print } from '../output.js';
import { t, text } from '../../i18n/index.js';
import { readLedger } from './payment.js';
import { writeFileAtomic } from '../../store/atomic-write.js';
import { checkOutputFile } from '../output-file.js';

/** `desk export datev --period P`: the period's invoices, credit notes and payments for the tax advisor. */
export async function exportDatev(o: GlobalOptions & { period?: string; out?: string }) {
  const hd = await openHelpdesk(o);
  if (!o.period) throw usage(text('moneyTerminal.periodMissing'), text('moneyTerminal.periodMissingHint'));
  const period = parsePeriod(o.period);
  const standard = `EXTF_Buchungsstapel_${period.label}.csv`;
  const given = o.out ?? standard;
  checkOutputFile(given, '--out', standard);
  const { records, payments } = await readLedger(hd);
  const { customers } = await hd.customers.all();
  const input = {
    config: hd.config,
    customers,
    records,
    payments,
    period,
    createdAt: hd.now(),
    exportedBy: 'desk',
  };
  const csv = buchungsstapel(input);
  const out = resolve(io().cwd, given);
  // DATEV reads ISO 8859-1; buchungsstapel() has put '?' for what it cannot hold
  await writeFileAtomic(out, Buffer.from(csv, 'latin1'));
  await print(t('moneyTerminal.datevWritten', { count: datevBookings(input).length, period: period.label, out }));
}
