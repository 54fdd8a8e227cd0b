import type { Texts } from '../../keys.js';
import type { helpSessions as en } from '../en/help-sessions.js';

export const helpSessions: Texts<typeof en> = {
  stopYes: 'mit --discard: ohne Rückfrage im Terminal verwerfen',
};
