import { Argument, Command, Help, Option } from 'commander';
import { t, type Key } from '../i18n/index.js';

/**
 * commander in the reader's language. The command table (main.ts) names each description by
 * its catalog key (`help.open`), so the table is built once and read in whichever language a
 * run speaks; commander's own words (headings, its errors) are put into the catalog here.
 */
export class DeskCommand extends Command {
  override createCommand(name?: string): Command {
    return new DeskCommand(name);
  }

  override createHelp(): Help {
    return Object.assign(new DeskHelp(), this.configureHelp());
  }

  override error(message: string, options?: { code?: string; exitCode?: number }): never {
    const said = commanderError(message, options?.code);
    // the hint after every error: where the commands are listed
    return super.error(`${said}\n${t('cli.seeHelp')}`, options);
  }
}

/** A description as the reader reads it: a catalog key is said; anything else is commander's or data. */
export function described(description: string): string {
  if (isKey(description)) return t(description);
  const own = COMMANDER_WORDS[description];
  return own ? t(own) : description;
}
const isKey = (s: string): s is Key => /^help[A-Z][A-Za-z]*\.[A-Za-z0-9]+$/.test(s);

const COMMANDER_WORDS: Record<string, Key> = {
  'display help for command': 'cli.helpOption',
  'output the version number': 'cli.versionOption',
  'Usage:': 'cli.usage',
  'Arguments:': 'cli.arguments',
  'Options:': 'cli.options',
  'Global Options:': 'cli.globalOptions',
  'Commands:': 'cli.commands',
};

class DeskHelp extends Help {
  override styleTitle(title: string): string {
    return described(title);
  }
  // the placeholders commander writes into a usage line
  override commandUsage(cmd: Command): string {
    return placeholders(super.commandUsage(cmd));
  }
  override subcommandTerm(cmd: Command): string {
    return placeholders(super.subcommandTerm(cmd));
  }
  override commandDescription(cmd: Command): string {
    return described(cmd.description());
  }
  override subcommandDescription(cmd: Command): string {
    return described(cmd.summary() || cmd.description());
  }
  override optionDescription(option: Option): string {
    const extra: string[] = [];
    if (option.argChoices) extra.push(t('cli.choices', { choices: quoted(option.argChoices) }));
    if (option.defaultValue !== undefined && (option.required || option.optional))
      extra.push(t('cli.default', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) }));
    return [described(option.description), extra.length ? `(${extra.join(', ')})` : ''].filter(Boolean).join(' ');
  }
  override argumentDescription(argument: Argument): string {
    const extra = argument.argChoices ? ` (${t('cli.choices', { choices: quoted(argument.argChoices) })})` : '';
    return `${described(argument.description)}${extra}`;
  }
}

/** Values as commander shows them, quoted. */
const quoted = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

const placeholders = (usage: string): string =>
  usage.replace('[options]', `[${t('cli.optionsWord')}]`).replace('[command]', `[${t('cli.commandWord')}]`);

/** commander's error messages (English, built inside commander) said again from the catalog. */
function commanderError(message: string, code: string | undefined): string {
  const [first = '', ...rest] = message.split('\n');
  const suggestion = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(rest.join(' '))?.[1];
  const hint = suggestion ? `\n${t('cli.didYouMean', { names: suggestion })}` : '';
  const quoted = [...first.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? '');
  switch (code) {
    case 'commander.unknownOption':
      return t('cli.unknownOption', { flag: quoted[0] }) + hint;
    case 'commander.unknownCommand':
      return t('cli.unknownCommand', { name: quoted[0] }) + hint;
    case 'commander.missingArgument':
      return t('cli.missingArgument', { name: quoted[0] });
    case 'commander.optionMissingArgument':
      return t('cli.optionMissingArgument', { flag: quoted[0] });
    case 'commander.missingMandatoryOptionValue':
      return t('cli.missingMandatoryOption', { flag: quoted[0] });
    case 'commander.conflictingOption':
      return t('cli.conflictingOption', { flag: quoted[0], other: quoted[1] });
    case 'commander.excessArguments': {
      const [expected = 0, got = 0] = (/Expected (\d+) arguments? but got (\d+)/.exec(first) ?? [])
        .slice(1)
        .map(Number);
      return t('cli.excessArguments', { expected, got });
    }
    case 'commander.invalidArgument': {
      const choices = /Allowed choices are (.+)\.$/.exec(first)?.[1];
      const detail = first.replace(/^error: .*? is invalid\.\s*/, '');
      const said = choices ? t('cli.allowedChoices', { choices }) : detail;
      const [flag, value] = first.startsWith('error: command-argument')
        ? [quoted[1], quoted[0]]
        : [quoted[0], quoted[1]];
      return t('cli.invalidValue', { value, flag, detail: said });
    }
    default:
      return first.replace(/^error: /, t('cli.errorPrefix'));
  }
}
