import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3, which keeps the index (index-db.ts). Required, not imported: Node's ES module
 * loader would first scan the library's CommonJS source for export names. The search's own
 * bundle takes sqlite.bundled.ts in place of this file (scripts/bundle.mjs).
 */
export function loadSqlite(): typeof BetterSqlite3 {
  return createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
}
