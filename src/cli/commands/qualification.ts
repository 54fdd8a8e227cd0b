import { usage } from '../../core/errors.js';
import { text } from '../../i18n/keys.js';
import { CATEGORIES, PRIORITIES, type Category, type Priority } from '../../core/ticket/vocabulary.js';
import type { Helpdesk } from '../../store/helpdesk.js';

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
  let product: string | undefined;
  let module: string | undefined;
  if (o.product) {
    [product, module] = o.product.split('/');
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
