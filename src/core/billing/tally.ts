import type { BilledPart, ClassifiedEntry } from './classify.js';

export const partsOf = (classified: readonly ClassifiedEntry[]): BilledPart[] => classified.flatMap((c) => c.parts);
