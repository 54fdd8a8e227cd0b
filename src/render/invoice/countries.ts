import type { Language } from '../../core/invoice/index.js';

/** Country names for the address block of letters abroad (DIN 5008: the country on the last line). */
const COUNTRIES: Record<Language, Record<string, string>> = {
  de: {
    DE: 'Deutschland',
    AT: 'Österreich',
    CH: 'Schweiz',
    NL: 'Niederlande',
    FR: 'Frankreich',
    IT: 'Italien',
    BE: 'Belgien',
    LU: 'Luxemburg',
    PL: 'Polen',
    DK: 'Dänemark',
    ES: 'Spanien',
    GB: 'Vereinigtes Königreich',
    US: 'USA',
  },
  en: {
    DE: 'Germany',
    AT: 'Austria',
    CH: 'Switzerland',
    NL: 'Netherlands',
    FR: 'France',
    IT: 'Italy',
    BE: 'Belgium',
    LU: 'Luxembourg',
    PL: 'Poland',
    DK: 'Denmark',
    ES: 'Spain',
    GB: 'United Kingdom',
    US: 'USA',
  },
};

export function countryName(code: string, lang: Language): string {
  return COUNTRIES[lang][code] ?? code;
}
