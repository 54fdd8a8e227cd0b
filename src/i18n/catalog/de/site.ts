import type { Texts } from '../../keys.js';
import type { site as en } from '../en/site.js';

export const site: Texts<typeof en> = {
  imageNotPath: 'Bild {href} ist kein gültiger Pfad (ein % ohne zwei Hex-Ziffern danach)',
  imageElsewhere: 'Bild {href} ist keine Datei der Wissensdatenbank; das Hilfecenter lädt nichts von anderen Websites',
  imageOutside: 'Bild {href} muss ein Pfad in kb/ sein, etwa images/screen.png',
  inArticle: '{file}: {problem}',
  skipped: '{file} ausgelassen: {field}: {line, select, none {} other {Zeile {line}: }}{message}',
};
