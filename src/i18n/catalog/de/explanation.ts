import type { explanation as en } from '../en/explanation.js';
import type { Texts } from '../../keys.js';

export const explanation: Texts<typeof en> = {
  nothingLogged: 'Im Zeitraum {period} wurde keine Zeit erfasst.',
  entries:
    '{count, plural, one {# Zeiteintrag} other {# Zeiteinträge}}: {logged} erfasst, {billed} abgerechnet, jeder Eintrag aufgerundet auf {increment, plural, =1 {volle Minuten} other {angefangene # Minuten}}.',
  times: '{hours} × {rate}/h = {amount}',
  quota: 'Kontingent: {used} von {included} verbraucht, {outcome}.',
  quotaUnused: '{remaining} nicht genutzt (wird nicht erstattet)',
  quotaOver: '{overage} darüber',
  quotaPooled: '{outcome}, ausgeglichen im Ausgleichszeitraum {window}',
  quotaOverage: '{outcome}: Mehraufwand {times}',
  poolCloses: 'Ausgleichszeitraum {window} endet: {used} von {included} verbraucht, Mehraufwand netto {times}.',
  poolClosesNoExcess: 'Ausgleichszeitraum {window} endet: {used} von {included} verbraucht, kein Mehraufwand.',
  poolSoFar: 'Ausgleichszeitraum {window} bisher: {used} von {included} verbraucht; abgerechnet am {day}.',
  commitment: 'Abnahmeverpflichtung: {used} von {available} im Voraus bezahlt verbraucht{carried}; {outcome}.',
  commitmentCarriedIn: ' ({minimum} Mindeststunden + {carried} übertragen)',
  commitmentNothingBeyond: 'nichts darüber hinaus',
  commitmentBeyond: '{excess} darüber hinaus: {times}',
  commitmentUnused:
    '{unused} nicht genutzt, {carried, select, yes {in den nächsten Zeitraum übertragen} other {verfallen}}',
  beyondCap: 'Second-Level-Analyse über der Obergrenze je Ticket ({tickets}): {times}.',
  outsideContract: 'Nicht im Servicevertrag enthalten ({tickets}): {times}.',
  payPerUse:
    'Kein Vertrag, alle Zeit abgerechnet zum {source, select, contract {Stundensatz der Bedingungen ohne Vertrag} customer {Listenpreis des Kunden} other {Listenpreis aus desk.yaml}}: {times}.',
  goodwill: 'Kulanz, nicht abgerechnet ({tickets}): {hours}.',
  net: 'Netto fällig zum Ende von {period}: {amount}{advance}.',
  advanceFee: '; die Pauschale {fee} wurde im Voraus abgerechnet',
  advanceMinimum: '; die Mindeststunden wurden im Voraus abgerechnet',
};
