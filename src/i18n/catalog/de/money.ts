import type { Texts } from '../../keys.js';
import type { money as en } from '../en/money.js';

export const money: Texts<typeof en> = {
  projectWork:
    '{id}: die Schätzung von {estimate} liegt über 8 h, also ist es Projektarbeit: sie kann im Support nicht freigegeben, nur an die Projektleitung übergeben werden (desk handoff {id} --to project-lead --reason …)',
  beyondEstimate:
    '{id}: {change} Änderungsarbeit gebucht, {beyond} über der Schätzung von {estimate}; den Mehraufwand mit der Projektleitung des Kunden abstimmen',
  beyondApprovedEstimate:
    '{id}: {change} Änderungsarbeit gebucht, {beyond} über der von {approvedBy} freigegebenen Schätzung von {estimate}; den Mehraufwand mit der Projektleitung des Kunden abstimmen',
  beyondCap:
    '{id}: die Analyse im Second Level liegt {minutes} über {cap}, die der Servicevertrag je Ticket enthält; diese Zeit wird abgerechnet',
  beyondCapAtRate:
    '{id}: die Analyse im Second Level liegt {minutes} über {cap}, die der Servicevertrag je Ticket enthält; diese Zeit wird zu {rate, number, ::currency/EUR}/h abgerechnet',
  capHours: 'den {hours}',
  capUnknown: 'der Grenze',
};
