import { cli } from './cli.js';
import { errors } from './errors.js';
import { communication } from './communication.js';
import { tui } from './tui.js';

/**
 * Every text desk prints in English, one file per command family so that each stays readable
 * and two people adding keys rarely touch the same file. The German catalog (../de) has the
 * same keys; the compiler and test/i18n/catalog.test.ts refuse one without the other.
 */
export const en = { cli, errors, communication, tui };
export type Catalog = typeof en;
