import { io } from '../../io/context.js';

/**
 * DESK_NO_INDEX=1 runs a command on the files alone: no cache in .desk/ is read or written (the
 * ticket index, validated copies, public holidays, the knowledge-base index). It is how the
 * tests compare every cached answer with the answer of the files, and a way out should a cache
 * ever be in doubt.
 */
export function cachesOff(): boolean {
  return Boolean(io().env.DESK_NO_INDEX);
}
