/** Payment reminders and dunning letters (issue 21). Pure. */
export { defaultInterest, letterId, planDunning, type DunningInput, type DunningLetter } from './plan.js';
export { letterDir, letterPath, parseLetter, serialiseLetter } from './record-file.js';
