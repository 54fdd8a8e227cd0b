import type { Texts } from '../../keys.js';
import type { cli as en } from '../en/cli.js';

export const cli: Texts<typeof en> = {
  usage: 'Aufruf:',
  arguments: 'Argumente:',
  options: 'Optionen:',
  globalOptions: 'Globale Optionen:',
  commands: 'Befehle:',
  helpOption: 'Hilfe zu diesem Befehl anzeigen',
  versionOption: 'die Versionsnummer anzeigen',
  choices: 'Auswahl: {choices}',
  default: 'Vorgabe: {value}',
  seeHelp: '(desk help zeigt die Befehle)',
  didYouMean: '(Meinten Sie {names}?)',
  errorPrefix: 'Fehler: ',
  unknownOption: "Fehler: unbekannte Option ''{flag}''",
  unknownCommand: "Fehler: unbekannter Befehl ''{name}''",
  missingArgument: "Fehler: das Argument ''{name}'' fehlt",
  optionMissingArgument: "Fehler: der Option ''{flag}'' fehlt ihr Wert",
  missingMandatoryOption: "Fehler: die Option ''{flag}'' ist nötig",
  conflictingOption: "Fehler: die Option ''{flag}'' geht nicht zusammen mit ''{other}''",
  excessArguments:
    'Fehler: zu viele Argumente. Erwartet {expected, plural, one {# Argument} other {# Argumente}}, erhalten {got}.',
  invalidValue: "Fehler: ''{value}'' ist kein gültiger Wert für ''{flag}''. {detail}",
  allowedChoices: 'Möglich sind: {choices}.',
  errorLabel: 'desk:',
  hintLabel: 'Tipp:',
  cancelled: 'desk: abgebrochen; nichts wurde geändert',
  unexpected: 'desk: unerwarteter Fehler:',
  unexpectedHint: 'Tipp: mit DESK_DEBUG=1 noch einmal aufrufen, dann steht hier mehr',
  badLanguage: 'DESK_LANG={value}: desk spricht de (Deutsch) und en (English)',
};
