import { LANGS, type Lang } from './langs.js';

/**
 * Index fields are per language (title_de, body_en, …): each article fills those of its own
 * language, so a German reading of a query only meets German articles and vice versa.
 */
export const KINDS = ['title', 'tags', 'lead', 'body'] as const;
export type FieldKind = (typeof KINDS)[number];
export const fieldName = (kind: FieldKind, lang: Lang): string => `${kind}_${lang}`;
export const FIELDS = LANGS.flatMap((lang) => KINDS.map((kind) => fieldName(kind, lang)));
