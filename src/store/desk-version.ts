import { createRequire } from 'node:module';

/** desk's own version: caches in .desk/ written by another version are not trusted. */
export const DESK_VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
