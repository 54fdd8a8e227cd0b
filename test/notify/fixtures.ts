import { STAFF } from '../helpers/helpdesk.js';

/** desk.yaml with mail to the test SMTP server and webhooks to the test HTTP server. */
export function notifyDeskYaml(o: { smtpPort?: number; hookUrl?: string; staff?: string; notify?: string }): string {
  return `company:
  name: Nordlicht Software GmbH
${o.staff ?? STAFF}products:
  - { id: lohn, name: Lohn & Gehalt, modules: [export, meldewesen] }
mail:
  address: support@nordlicht.example
  name: Nordlicht Support
${o.smtpPort ? `  smtp: { host: 127.0.0.1, port: ${o.smtpPort}, security: none }\n` : ''}notify:
  reactionWarningMinutes: 60
${o.hookUrl ? `  webhooks:\n    - { name: support, url: "${o.hookUrl}/hooks/support", format: mattermost }\n    - { name: teams, url: "${o.hookUrl}/hooks/teams", format: teams, language: en }\n    - { name: script, url: "${o.hookUrl}/hooks/script", format: json }\n` : ''}${o.notify ?? ''}`;
}

/** STAFF with channels: Jonas (Second Level) also on the support chat. */
export const STAFF_WITH_CHAT = `staff:
  - { id: mk, name: Miriam Krause, email: miriam.krause@example.de, roles: [first-level] }
  - { id: lw, name: Lars Wegner, email: lars.wegner@example.de, roles: [first-level], language: en }
  - { id: jb, name: Jonas Becker, email: jonas.becker@example.de, roles: [second-level], notify: { channels: [email, "webhook:support"] } }
  - { id: tb, name: Tobias Brandt, email: tobias.brandt@example.de, roles: [project-lead], notify: { channels: ["webhook:teams"] } }
  - { id: sh, name: Sandra Hoffmann, email: sandra.hoffmann@example.de, roles: [sales], notify: { kinds: [quota-100] } }
  - { id: ak, name: Anja Keller, email: anja.keller@example.de, roles: [manager], notify: { channels: ["webhook:script"] } }
`;

/** Monday 23 November 2026, in the company's time zone. */
export const at = (time: string, day = '2026-11-23') => ({ DESK_NOW: `${day}T${time}:00+01:00` });
