import type { DeskConfig, StaffMember } from '../core/schema/config.js';
import { languageOf, useLanguage } from '../i18n/index.js';
import { io } from '../io/context.js';

/**
 * Now that desk.yaml is read, the person's and the helpdesk's language can decide (after
 * DESK_LANG, before the locale; i18n/language.ts). Who sits at the keyboard is only looked up
 * when someone has a language set and DESK_LANG has not decided already. A module of its own,
 * so that `desk kb search` reaches it without loading the helpdesk's modules.
 */
export async function speakAsConfigured(
  config: DeskConfig,
  atKeyboard: () => Promise<StaffMember | undefined>,
): Promise<void> {
  const asked = !languageOf(io().env.DESK_LANG) && config.staff.some((s) => s.language);
  const person = asked ? (await atKeyboard())?.language : undefined;
  await useLanguage({ person, helpdesk: config.language });
}
