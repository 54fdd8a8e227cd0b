/** What desk accepts of the YAML a person wrote, for every reader of YAML files (tickets, customers, desk.yaml, articles). */

/**
 * Aliases (`*a`) expanded while reading a file, at most. A few refer to a block twice; thousands
 * are an alias bomb, a small file that expands to gigabytes.
 */
export const MAX_ALIAS_EXPANSIONS = 100;

/** Why the YAML library could not turn a parsed document into data, for a problem naming the file. */
export function unreadable(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/alias count/i.test(message))
    return `its aliases (*name) expand to more than ${MAX_ALIAS_EXPANSIONS} copies, as an alias bomb does; write the values out instead`;
  return `cannot be read as YAML: ${message.split('\n')[0]}`;
}
