import { DUNNING_PLACEHOLDERS } from '../../core/dunning/index.js';
import { PLACEHOLDERS } from '../../core/mail/template.js';
import { listTemplates, readTemplate } from '../../mail/templates.js';
import { openHelpdesk, type GlobalOptions } from '../context.js';
import { print, printJson } from '../output.js';
import { table } from '../../render/terminal/style.js';
import { t as say } from '../../i18n/index.js';

export async function templateList(o: GlobalOptions & { json?: boolean }): Promise<void> {
  const hd = await openHelpdesk(o);
  const all = await listTemplates(hd.root);
  if (o.json)
    return printJson({ templates: all, placeholders: PLACEHOLDERS, dunningPlaceholders: DUNNING_PLACEHOLDERS });
  await print(
    [
      table(
        all.map((t) => [
          t.name,
          t.languages.join(', '),
          t.builtIn ? say('system.templateBuiltIn') : `templates/${t.name}.*.txt`,
        ]),
        [say('system.templateHeading'), say('system.languagesHeading'), say('system.whereHeading')],
      ),
      '',
      say('system.placeholders', { list: braced(PLACEHOLDERS) }),
      // the mail of a dunning letter speaks of the invoice, not of a ticket
      say('system.dunningPlaceholders', { list: braced(DUNNING_PLACEHOLDERS) }),
    ].join('\n'),
  );
}

const braced = (placeholders: object) =>
  Object.keys(placeholders)
    .map((p) => `{{${p}}}`)
    .join(' ');

export async function templateShow(
  name: string,
  o: GlobalOptions & { json?: boolean; lang?: 'de' | 'en' },
): Promise<void> {
  const hd = await openHelpdesk(o);
  const text = await readTemplate(hd.root, name, o.lang ?? 'de');
  if (o.json) return printJson({ name, language: o.lang ?? 'de', text });
  await print(text);
}
