/** Payment reminders and dunning letters. Pure. */
export { defaultInterest, letterId, planDunning, type DunningInput, type DunningLetter } from './plan.js';
export { letterDir, letterPath, parseLetter, serialiseLetter } from './record-file.js';
