import { usage } from '../../core/errors.js';
import { text } from '../../i18n/keys.js';
import { CATEGORIES, PRIORITIES, type Category, type Priority } from '../../core/ticket/vocabulary.js';
import type { Helpdesk } from '../../store/helpdesk.js';
import { refuseEmpty } from '../flag-values.js';

export interface QualifyFlags {
  category?: string;
  product?: string;
  priority?: string;
}

/** A value from a closed set, or a usage error listing the set. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw usage(text('tickets.notOneOf', { flag, value, allowed: allowed.join(', ') }));
}

/** `--product lohn/export` names a product and one of its modules from desk.yaml. */
export function qualificationFrom(
  o: QualifyFlags,
  hd: Helpdesk,
): { category?: Category; product?: string; module?: string; priority?: Priority } {
  refuseEmpty({ '--category': o.category, '--product': o.product, '--priority': o.priority });
  let product: string | undefined;
  let module: string | undefined;
  if (o.product !== undefined) {
    const parts = o.product.split('/');
    // `lohn/` would store an empty module, which lists show as a module named "" instead of none
    if (parts.length > 2 || parts.some((p) => p === ''))
      throw usage(
        text('tickets.notProductModule', { value: o.product }),
        text('tickets.notProductModuleHint', { product: parts[0] || 'PRODUCT' }),
      );
    [product, module] = parts;
    const known = hd.config.products.find((p) => p.id === product);
    if (!known)
      throw usage(
        text('tickets.unknownProduct', { product }),
        text('tickets.knownProducts', {
          products: hd.config.products.map((p) => p.id).join(', ') || text('tickets.noneYet'),
        }),
      );
    if (module && !known.modules.includes(module))
      throw usage(
        text('tickets.noModule', { product, module }),
        text('tickets.knownModules', { product, modules: known.modules.join(', ') || text('tickets.none') }),
      );
  }
  return {
    category: o.category === undefined ? undefined : oneOf(o.category, CATEGORIES, '--category'),
    product,
    module,
    priority: o.priority === undefined ? undefined : oneOf(o.priority, PRIORITIES, '--priority'),
  };
}
