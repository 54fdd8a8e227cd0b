import type { NotificationKind } from '../schema/notify.js';
import type { Notification } from './due.js';

export type Language = 'de' | 'en';

/**
 * The one line that says what happened, per kind and language: the subject of the mail and the
 * first line of a webhook post. Ticket titles and customer names are outside text; the caller
 * makes the result safe for its destination.
 */
const WHAT: Record<NotificationKind, Record<Language, (n: Notification) => string>> = {
  escalated: {
    de: (n) => `Eskalation an Second Level: ${n.ticketShort}`,
    en: (n) => `Escalated to Second Level: ${n.ticketShort}`,
  },
  approval: {
    de: (n) => `Änderungswunsch wartet auf Freigabe (${n.detail}): ${n.ticketShort}`,
    en: (n) => `Change request awaits your approval (${n.detail}): ${n.ticketShort}`,
  },
  'handed-off': {
    de: (n) => `Übergabe an ${n.detail === 'sales' ? 'den Vertrieb' : 'die Projektleitung'}: ${n.ticketShort}`,
    en: (n) => `Handed off to ${n.detail === 'sales' ? 'sales' : 'the project lead'}: ${n.ticketShort}`,
  },
  returned: {
    de: (n) => `Von Second Level zurück für das letzte Wort: ${n.ticketShort}`,
    en: (n) => `Returned by Second Level for the final word: ${n.ticketShort}`,
  },
  'reaction-soon': {
    de: (n) => `Reaktionszeit endet ${n.detail}: ${n.ticketShort}`,
    en: (n) => `Reaction deadline ${n.detail}: ${n.ticketShort}`,
  },
  'reaction-breached': {
    de: (n) => `Reaktionszeit überschritten (fällig ${n.detail}): ${n.ticketShort}`,
    en: (n) => `Reaction time breached (due ${n.detail}): ${n.ticketShort}`,
  },
  'follow-up': {
    de: (n) => `Wiedervorlage heute (${n.detail}): ${n.ticketShort}`,
    en: (n) => `Follow-up day reached (${n.detail}): ${n.ticketShort}`,
  },
  'mail-failed': {
    de: (n) => `E-Mail an den Kunden nicht zugestellt: ${n.ticketShort}`,
    en: (n) => `Mail to the customer NOT delivered: ${n.ticketShort}`,
  },
  'quota-80': {
    de: (n) => `Kontingent zu 80 % verbraucht (${n.detail}): ${n.customerName}`,
    en: (n) => `Quota 80 % used (${n.detail}): ${n.customerName}`,
  },
  'quota-100': {
    de: (n) => `Kontingent ausgeschöpft (${n.detail}): ${n.customerName}`,
    en: (n) => `Quota used up (${n.detail}): ${n.customerName}`,
  },
};

export function whatHappened(n: Notification, language: Language): string {
  return WHAT[n.kind][language](n);
}

/** What the reader can do next, by kind: the command that shows it. */
export function nextStep(n: Notification, language: Language): string {
  if (n.kind === 'quota-80' || n.kind === 'quota-100')
    return language === 'de'
      ? `Verbrauch ansehen: desk usage ${n.customer} --period ${n.period}`
      : `See the usage: desk usage ${n.customer} --period ${n.period}`;
  return language === 'de' ? `Ansehen: desk show ${n.ticketShort}` : `See it: desk show ${n.ticketShort}`;
}
