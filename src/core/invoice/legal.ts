import type { Language } from './types.js';
import { text, type Key, type Text } from '../../i18n/keys.js';
import { renderIn } from '../../i18n/render.js';

/**
 * What the law asks a company's business letters to name (Pflichtangaben auf Geschäftsbriefen):
 * § 35a GmbHG for a GmbH or UG, § 80 AktG for an AG, § 37a HGB for registered merchants and
 * partnerships, § 125a/§ 177a HGB for a GmbH & Co. KG (and its general partner's details).
 * Invoices are business letters, so the footer of every invoice and reminder carries them.
 */
export interface LegalDetails {
  /** The legal form as written after the name, e.g. GmbH, AG, "UG (haftungsbeschränkt)". */
  form: string;
  /** Registered office (Sitz der Gesellschaft). */
  seat?: string;
  /** Register court (Registergericht), e.g. "Amtsgericht Münster". */
  registerCourt?: string;
  /** Register number, e.g. "HRB 18234": also the seller's legal registration id in e-invoices (BT-30). */
  registerNumber?: string;
  /** Geschäftsführer (GmbH, UG) or Vorstand (AG), every one of them. */
  managingDirectors?: string[];
  /** Vorsitzender des Aufsichtsrats, where the company has a supervisory board. */
  supervisoryBoardChair?: string;
}

type Need = 'seat' | 'register' | 'directors' | 'board';

/** What each form must name; forms not listed (sole traders, GbR, freelancers) need none of it. */
const NEEDS: Record<string, Need[]> = {
  GmbH: ['seat', 'register', 'directors'],
  gGmbH: ['seat', 'register', 'directors'],
  'UG (haftungsbeschränkt)': ['seat', 'register', 'directors'],
  AG: ['seat', 'register', 'directors', 'board'],
  SE: ['seat', 'register', 'directors', 'board'],
  KGaA: ['seat', 'register', 'directors', 'board'],
  'GmbH & Co. KG': ['seat', 'register'],
  KG: ['seat', 'register'],
  OHG: ['seat', 'register'],
  'e.K.': ['seat', 'register'],
  eG: ['seat', 'register', 'directors'],
  PartG: ['seat', 'register'],
  'PartG mbB': ['seat', 'register'],
};

export const LEGAL_FORMS = Object.keys(NEEDS);

const LAW: Record<string, string> = {
  GmbH: '§ 35a GmbHG',
  gGmbH: '§ 35a GmbHG',
  'UG (haftungsbeschränkt)': '§ 35a GmbHG',
  AG: '§ 80 AktG',
  SE: '§ 80 AktG',
  KGaA: '§ 80 AktG',
  eG: '§ 25a GenG',
};

/** A field desk.yaml lacks for the form it names, and why the law asks for it. */
export interface LegalGap {
  field: string;
  why: Text;
}

/** The fields desk.yaml lacks for the form it names, each with why. */
export function legalGaps(legal: LegalDetails | undefined, companyName: string): LegalGap[] {
  if (!legal) {
    const form = LEGAL_FORMS.find((f) => companyName.endsWith(` ${f}`));
    return form ? [{ field: 'company.legal', why: text('invoiceLegal.legal', { form, law: lawOf(form) }) }] : [];
  }
  const needs = NEEDS[legal.form] ?? [];
  const law = lawOf(legal.form);
  const out: LegalGap[] = [];
  const gap = (field: keyof LegalDetails, why: Key) =>
    out.push({ field: `company.legal.${field}`, why: text(why, { law }) });
  if (needs.includes('seat') && !legal.seat) gap('seat', 'invoiceLegal.seat');
  if (needs.includes('register') && !legal.registerCourt) gap('registerCourt', 'invoiceLegal.registerCourt');
  if (needs.includes('register') && !legal.registerNumber) gap('registerNumber', 'invoiceLegal.registerNumber');
  if (needs.includes('directors') && !(legal.managingDirectors?.length ?? 0))
    gap('managingDirectors', 'invoiceLegal.managingDirectors');
  if (needs.includes('board') && !legal.supervisoryBoardChair)
    gap('supervisoryBoardChair', 'invoiceLegal.supervisoryBoardChair');
  return out;
}

/** The fields desk.yaml lacks for the form it names, as English `company.legal.FIELD: missing — why` lines. */
export function legalProblems(legal: LegalDetails | undefined, companyName: string): string[] {
  return legalGaps(legal, companyName).map(
    ({ field, why }) => `${field}: missing — ${renderIn('en', why.key, why.values)}`,
  );
}

function lawOf(form: string): string {
  return LAW[form] ?? '§ 37a HGB';
}

/** The footer line of the legal details, in the letter's language. */
export function legalLine(legal: LegalDetails | undefined, lang: Language): string | undefined {
  if (!legal) return undefined;
  const de = lang === 'de';
  const directorsLabel = ['AG', 'SE', 'KGaA', 'eG'].includes(legal.form)
    ? de
      ? 'Vorstand'
      : 'Management board'
    : de
      ? 'Geschäftsführung'
      : 'Managing directors';
  const parts = [
    legal.seat && `${de ? 'Sitz' : 'Registered office'}: ${legal.seat}`,
    (legal.registerCourt || legal.registerNumber) &&
      `${de ? 'Registergericht' : 'Register court'}: ${[legal.registerCourt, legal.registerNumber].filter(Boolean).join(', ')}`,
    legal.managingDirectors?.length && `${directorsLabel}: ${legal.managingDirectors.join(', ')}`,
    legal.supervisoryBoardChair &&
      `${de ? 'Vorsitz des Aufsichtsrats' : 'Chair of the supervisory board'}: ${legal.supervisoryBoardChair}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(' · ') : undefined;
}
