import { formatDuration } from '../../core/duration.js';
import { displayMoney } from '../../core/money.js';
import type { Contract } from '../../core/schema/customer.js';
import { PRIORITIES } from '../../core/ticket/vocabulary.js';
import { language, t } from '../../i18n/index.js';

const h = (minutes: number) => `${formatDuration(minutes)} h`;
const eur = (cents: number) => displayMoney(cents, language());

/** A contract's terms as a person reads them, one term a line, in the reader's language. */
export function describeContract(c: Contract): string[] {
  const span = `${c.start} – ${c.end ?? t('customers.openEnded')}`;
  const per = t('customers.per', { period: c.period });
  const increment = c.increment;
  switch (c.kind) {
    case 'service':
      return [
        t('customers.service', { span, per }),
        t('customers.fee', { fee: eur(c.fee), hours: h(c.includedHours) }),
        c.settlement === 'pooled'
          ? t('customers.overagePooled', { rate: eur(c.overageRate), window: c.poolWindow })
          : t('customers.overageSettled', { rate: eur(c.overageRate) }),
        t('customers.hourly', { rate: eur(c.hourlyRate) }),
        t('customers.analysis', { hours: h(c.analysisCap), increment }),
        reactionLine(c.reactionTimes),
      ];
    case 'commitment':
      return [
        t('customers.commitment', { span, per }),
        t('customers.commitmentHours', { hours: h(c.minimumHours), rate: eur(c.rate) }),
        t(c.unused === 'forfeit' ? 'customers.unusedForfeit' : 'customers.unusedCarry', { increment }),
        reactionLine(c.reactionTimes),
      ];
    case 'none':
      return [
        c.hourlyRate === undefined
          ? t('customers.noContractListRate', { span, increment })
          : t('customers.noContractRate', { span, rate: eur(c.hourlyRate), increment }),
        reactionLine(undefined),
      ];
  }
}

function reactionLine(times: Partial<Record<(typeof PRIORITIES)[number], number>> | undefined): string {
  if (!times || Object.keys(times).length === 0) return t('customers.noReaction');
  const values = PRIORITIES.map((p) => times[p]);
  if (values.every((v) => v !== undefined && v === values[0]))
    return t('customers.reactionAll', { hours: h(values[0]!) });
  return t('customers.reactionEach', {
    times: PRIORITIES.filter((p) => times[p] !== undefined)
      .map((p) => t('customers.reactionOne', { priority: t(`priority.${p}`), hours: h(times[p]!) }))
      .join(', '),
  });
}
