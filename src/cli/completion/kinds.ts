import type { Argument, Option } from 'commander';

/**
 * What a value in the command table is, read from the names the table gives its arguments and
 * flags (`<id>`, `--customer <id>`, `<slug>`, `--to <staff>`), so that a new command written
 * the way the others are completes its values without a line here. The few arguments whose
 * name says nothing (`assign <args...>`) are named below, by command.
 */
export type ValueKind =
  | 'ticket'
  | 'ticket-or-staff'
  | 'customer'
  | 'staff'
  | 'category'
  | 'product'
  | 'priority'
  | 'activity'
  | 'status-list'
  | 'kb'
  | 'invoice'
  | 'report'
  | 'period'
  | 'year'
  | 'template'
  | 'level'
  | 'file'
  | 'directory'
  | 'none';

/** By argument name (`<id>`, `[customer]`). */
const ARGUMENTS: Record<string, ValueKind> = {
  id: 'ticket',
  ids: 'ticket',
  duplicate: 'ticket',
  into: 'ticket',
  customer: 'customer',
  staff: 'staff',
  slug: 'kb',
  number: 'invoice',
  dir: 'directory',
  file: 'file',
  files: 'file',
  paths: 'file',
};

/** Arguments of particular commands whose names say nothing (`<args...>`) or something else. */
const BY_COMMAND: Record<string, readonly ValueKind[]> = {
  assign: ['ticket-or-staff'],
  tag: ['ticket'],
  report: ['report', 'customer'],
  'template show': ['template'],
  'payment assign': ['none', 'invoice'],
};

/** By the placeholder of a flag's value (`--product <product[/module]>`). */
const PLACEHOLDERS: Record<string, ValueKind> = {
  staff: 'staff',
  category: 'category',
  product: 'product',
  'product[/module]': 'product',
  priority: 'priority',
  activity: 'activity',
  slug: 'kb',
  period: 'period',
  year: 'year',
  list: 'status-list',
  number: 'invoice',
  dir: 'directory',
  file: 'file',
  n: 'none',
};

/** By the flag itself, where its placeholder is a plain `<id>` or `<name>`. */
const FLAGS: Record<string, ValueKind> = {
  '--customer': 'customer',
  '--as-duplicate-of': 'ticket',
  '--from-ticket': 'ticket',
  '--assignee': 'staff',
  '--template': 'template',
  '--level': 'level',
  '--repo': 'directory',
  '--code-repo': 'directory',
  '--out': 'file',
  '--credit-note': 'invoice',
};

export function kindOfArgument(command: string, argument: Argument, index: number): ValueKind {
  const special = BY_COMMAND[command];
  if (special) return special[Math.min(index, special.length - 1)] ?? 'none';
  return ARGUMENTS[argument.name()] ?? 'none';
}

export function kindOfOption(option: Option): ValueKind {
  const byFlag = option.long ? FLAGS[option.long] : undefined;
  if (byFlag) return byFlag;
  const placeholder = (/<([^>]+)>/.exec(option.flags) ?? /\[([^\]]+)\]/.exec(option.flags))?.[1];
  return (placeholder && PLACEHOLDERS[placeholder]) || 'none';
}
