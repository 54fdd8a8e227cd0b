/** Payment reminders and dunning letters. Pure. */
export {
  defaultInterest,
  letterId,
  planDunning,
  LETTER_MAIL_STATUSES,
  type DunningInput,
  type DunningLetter,
  type LetterMail,
} from './plan.js';
export { letterDir, letterPath, onlyMailRecorded, parseLetter, serialiseLetter } from './record-file.js';
export { DUNNING_PLACEHOLDERS, DUNNING_TEMPLATES, letterAddresses, letterMailValues, letterTitle } from './mail.js';
