/** Every knowledge-base article of the sample; `related` names ticket keys, resolved to ids on build. */
import de1 from './de-1.mjs';
import de2 from './de-2.mjs';
import en from './en.mjs';

export const articles = [...de1, ...de2, ...en];
