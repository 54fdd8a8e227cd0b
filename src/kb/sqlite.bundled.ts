import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3 in the search's own bundle (scripts/bundle.mjs puts this file in place of
 * sqlite.ts there): its JavaScript is bundled with the search, and its addon is loaded from the
 * installed package by its path. Required from node_modules, the library's dozen files and the
 * `bindings` package's search for the addon (a failed require per place it looks) cost a search
 * several milliseconds.
 */
export function loadSqlite(): typeof BetterSqlite3 {
  const require = createRequire(import.meta.url);
  // where the package's install (prebuilt or compiled) puts it, as `bindings` finds it first
  const addon: unknown = require(
    join(dirname(require.resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node'),
  );
  const Database = function (path: string, options: BetterSqlite3.Options = {}) {
    return new BetterSqlite3(path, { ...options, nativeBinding: addon as string });
  };
  return Database as unknown as typeof BetterSqlite3;
}
