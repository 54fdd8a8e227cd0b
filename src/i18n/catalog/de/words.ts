import type { Texts } from '../../keys.js';
import type * as en from '../en/words.js';

export const words: Texts<typeof en.words> = {
  unqualified: 'nicht qualifiziert',
  none: '—',
  yes: 'ja',
  no: 'nein',
  firstLevel: 'First Level',
  secondLevel: 'Second Level',
  projectLead: 'die Projektleitung des Kunden',
  sales: 'der Vertrieb',
};
export const status: Texts<typeof en.status> = {
  new: 'neu',
  open: 'offen',
  escalated: 'eskaliert',
  waiting: 'wartet',
  resolved: 'gelöst',
  closed: 'geschlossen',
  'handed-off': 'übergeben',
};
export const priority: Texts<typeof en.priority> = {
  critical: 'kritisch',
  high: 'hoch',
  normal: 'normal',
  low: 'niedrig',
};
export const category: Texts<typeof en.category> = {
  question: 'Frage',
  malfunction: 'Fehlfunktion',
  'change-request': 'Änderungsanfrage',
  'data-problem': 'Datenproblem',
  infrastructure: 'Infrastruktur',
  'feature-idea': 'Produktidee',
  'new-development': 'Neuentwicklung',
  'project-work': 'Projektarbeit',
};
export const channel: Texts<typeof en.channel> = {
  phone: 'Telefon',
  'e-mail': 'E-Mail',
  portal: 'Portal',
  'on-site': 'vor Ort',
  'remote-session': 'Fernwartung',
};
export const activity: Texts<typeof en.activity> = {
  communication: 'Kommunikation',
  analysis: 'Analyse',
  solution: 'Lösung',
  'remote-session': 'Fernwartung',
  change: 'Änderung',
  documentation: 'Dokumentation',
};
export const bucket: Texts<typeof en.bucket> = {
  quota: 'Kontingent',
  commitment: 'Abnahmeverpflichtung',
  'beyond-cap': 'über Obergrenze',
  'outside-contract': 'außerhalb des Vertrags',
  'pay-per-use': 'nach Aufwand',
  'non-billable': 'Kulanz',
};
