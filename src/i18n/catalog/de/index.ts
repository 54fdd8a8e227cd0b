import type { Catalog } from '../en/index.js';
import { cli } from './cli.js';
import { errors } from './errors.js';
import { communication } from './communication.js';
import { tui } from './tui.js';

/** Every text desk prints in German (the keys as in ../en); loaded only when a run speaks German. */
export const de: Catalog = { cli, errors, communication, tui };
