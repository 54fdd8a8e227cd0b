/**
 * The company and its customers for a generated helpdesk: the sample's software house
 * (scripts/sample/company.mjs) with a support team sized for 10–20 thousand tickets a year, and
 * customers with contract histories of every kind (service per month, quarter or year, pooled or
 * not; commitments that forfeit or carry over; pay per use), changing terms over the years.
 */
import { company } from '../sample/company.mjs';
import { vatIdDE } from '../sample/check-digits.mjs';
import { stream } from './random.mjs';

const FIRST = [
  'Anna',
  'Ben',
  'Clara',
  'David',
  'Elif',
  'Felix',
  'Greta',
  'Hannes',
  'Ida',
  'Jonas',
  'Katja',
  'Lukas',
  'Mara',
  'Niklas',
  'Olga',
  'Paul',
  'Rieke',
  'Sven',
  'Tanja',
  'Ufuk',
  'Vera',
  'Wiebke',
  'Yannick',
  'Zoe',
  'Malte',
  'Svenja',
  'Henrik',
  'Jana',
  'Till',
  'Nele',
  'Emre',
  'Lea',
  'Moritz',
  'Pia',
  'Timo',
  'Jule',
  'Arne',
  'Sina',
  'Kai',
  'Frauke',
];
const LAST = [
  'Albers',
  'Brinkmann',
  'Cordes',
  'Diekmann',
  'Esser',
  'Fuchs',
  'Grote',
  'Hagedorn',
  'Imhoff',
  'Janssen',
  'Kemper',
  'Lohmann',
  'Meyer',
  'Nolte',
  'Ostermann',
  'Pohl',
  'Rademacher',
  'Schulte',
  'Terhaar',
  'Uphoff',
  'Vogt',
  'Wessel',
  'Yilmaz',
  'Ziegler',
  'Becker',
  'Hoffmann',
  'Krüger',
  'Lange',
  'Möller',
  'Peters',
  'Richter',
  'Schröder',
  'Thiele',
  'Winkler',
  'Bauer',
  'Kaya',
  'Nowak',
  'Berger',
  'Frank',
  'Otto',
];
const TRADES = [
  ['Maschinenbau', 'GmbH'],
  ['Spedition', 'GmbH & Co. KG'],
  ['Feinkost', 'GmbH'],
  ['Elektrotechnik', 'GmbH'],
  ['Baustoffe', 'KG'],
  ['Holzbau', 'GmbH'],
  ['Landtechnik', 'GmbH'],
  ['Kunststofftechnik', 'GmbH'],
  ['Metallbau', 'GmbH & Co. KG'],
  ['Druckerei', 'GmbH'],
  ['Pharmahandel', 'GmbH'],
  ['Gebäudetechnik', 'GmbH'],
  ['Textil', 'AG'],
  ['Logistik', 'SE'],
  ['Getränke', 'GmbH'],
  ['Autohaus', 'GmbH'],
  ['Sanitär', 'GmbH'],
  ['Verpackung', 'GmbH'],
  ['Agrarhandel', 'eG'],
  ['Medizintechnik', 'GmbH'],
];
const CITIES = [
  ['Münster', '48143'],
  ['Bielefeld', '33602'],
  ['Osnabrück', '49074'],
  ['Dortmund', '44135'],
  ['Paderborn', '33098'],
  ['Hamm', '59065'],
  ['Gütersloh', '33330'],
  ['Rheine', '48431'],
  ['Coesfeld', '48653'],
  ['Bocholt', '46395'],
  ['Essen', '45127'],
  ['Lingen', '49808'],
  ['Warendorf', '48231'],
  ['Ahlen', '59227'],
  ['Emsdetten', '48282'],
  ['Hannover', '30159'],
  ['Köln', '50667'],
  ['Kassel', '34117'],
];
const STREETS = [
  'Industriestraße',
  'Am Hafen',
  'Gewerbepark',
  'Hauptstraße',
  'Dieselstraße',
  'Robert-Bosch-Straße',
  'Im Kampe',
  'Handwerkerring',
  'Oststraße',
  'Zum Wasserturm',
];
const ROLES = [
  'IT-Leitung',
  'Buchhaltung',
  'Lohnbuchhaltung',
  'Lagerleitung',
  'Einkauf',
  'Vertrieb Innendienst',
  'Geschäftsführung',
  'IT-Administration',
  'Personal',
];

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const DOMAIN = 'lutterbach-software.example';

/** desk.yaml's content: the sample company with a larger team. */
export function companyOf(seed, today) {
  const rnd = stream(seed, 'staff');
  const team = [
    ['first-level', 16],
    ['second-level', 10],
    ['project-lead', 6],
    ['sales', 4],
  ];
  const staff = [
    {
      id: 'ur',
      name: 'Ulrike Rottmann',
      email: `ulrike.rottmann@${DOMAIN}`,
      roles: ['manager'],
      phone: '+49 251 98765-10',
    },
  ];
  const used = new Set(['ur']);
  for (const [role, count] of team) {
    for (let i = 0; i < count; i++) {
      let first;
      let last;
      let id;
      do {
        first = rnd.pick(FIRST);
        last = rnd.pick(LAST);
        id = `${first[0]}${last[0]}`.toLowerCase();
        if (used.has(id)) id = `${first.slice(0, 2)}${last[0]}`.toLowerCase();
      } while (used.has(id));
      used.add(id);
      staff.push({
        id,
        name: `${first} ${last}`,
        email: `${slug(first)}.${slug(last)}@${DOMAIN}`,
        roles: [role],
        phone: `+49 251 98765-${100 + staff.length}`,
      });
    }
  }
  const invoicesSince = `${monthStart(today, -1)}`;
  return { ...company, staff, invoices: { ...company.invoices, since: invoicesSince } };
}

/** The first day of the month `delta` months from `today`'s month. */
function monthStart(today, delta) {
  const [y, m] = today.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return d.toISOString().slice(0, 10);
}

const quarterStart = (y, q) => `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
const dayBefore = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * `count` customers. Each becomes a customer on a quarter start within the years covered and
 * keeps contracts without gaps from then on: segments of one to four years, the last open-ended.
 */
export function customersOf(seed, count, config, firstYear, today, monthlyHours = 1000) {
  const byRole = (role) => config.staff.filter((s) => s.roles.includes(role)).map((s) => s.id);
  const leads = byRole('project-lead');
  const sales = byRole('sales');
  const lastYear = Number(today.slice(0, 4));
  const ids = new Set();
  const customers = [];
  const weightOf = (n) => 1 / (n + 3) ** 0.85; // a few large customers, a long tail of small ones
  let totalWeight = 0;
  for (let n = 0; n < count; n++) totalWeight += weightOf(n);
  for (let n = 0; n < count; n++) {
    const rnd = stream(seed, `customer/${n}`);
    const family = rnd.pick(LAST);
    const [trade, form] = rnd.pick(TRADES);
    const name = `${family} ${trade} ${form}`;
    let id = slug(`${family}-${trade}`);
    for (let k = 2; ids.has(id); k++) id = slug(`${family}-${trade}-${k}`);
    ids.add(id);
    const [city, postalCode] = rnd.pick(CITIES);
    const domain = `${slug(family)}-${slug(trade)}.example`;
    const contacts = Array.from({ length: rnd.int(1, 4) }, (_, i) => {
      const first = rnd.pick(FIRST);
      const last = rnd.pick(LAST);
      return {
        name: `${first} ${last}`,
        email: `${slug(first)[0]}.${slug(last)}${i ? i : ''}@${domain}`,
        role: rnd.pick(ROLES),
      };
    }).filter((c, i, all) => all.findIndex((x) => x.name === c.name) === i);
    // most customers arrived in the first years; some are new
    const since = Math.min(lastYear, firstYear + Math.floor(rnd.next() ** 1.7 * (lastYear - firstYear + 1)));
    const sinceQuarter =
      since === lastYear ? rnd.int(0, Math.max(0, Math.floor((Number(today.slice(5, 7)) - 2) / 3))) : rnd.int(0, 3);
    const english = rnd.chance(0.08);
    customers.push({
      id,
      name,
      address: { street: `${rnd.pick(STREETS)} ${rnd.int(1, 180)}`, postalCode, city, country: 'DE' },
      vatId: vatIdDE(String(rnd.int(10_000_000, 99_999_999))),
      invoiceEmail: `rechnung@${domain}`,
      invoiceLanguage: english ? 'en' : 'de',
      contacts,
      projectLead: rnd.pick(leads),
      salesRep: rnd.pick(sales),
      // contracts sized to what the customer uses: a quota near its usual month, give or take
      contracts: contractsOf(
        rnd,
        quarterStart(since, sinceQuarter),
        lastYear,
        n,
        (weightOf(n) / totalWeight) * monthlyHours,
      ),
      weight: weightOf(n),
    });
  }
  return customers;
}

function contractsOf(rnd, start, lastYear, n, usualHours) {
  const contracts = [];
  let from = start;
  for (let i = 0; ; i++) {
    const year = Number(from.slice(0, 4));
    const years = rnd.int(1, 4);
    const open = year + years > lastYear || rnd.chance(0.15);
    const kind = rnd.weighted([
      ['service', 55],
      ['commitment', 20],
      ['none', 25],
    ]);
    const c = contractOf(
      rnd,
      kind,
      from,
      `${kind === 'service' ? 'SV' : kind === 'commitment' ? 'AB' : 'PU'}-${year}-${String(n).padStart(4, '0')}-${i + 1}`,
      usualHours,
    );
    // a year period needs a year-aligned start; a quarter period a quarter start (always true here)
    if (c.period === 'year' && !from.endsWith('-01-01')) c.period = 'quarter';
    if (c.settlement === 'pooled' && c.period !== 'month') c.poolWindow = 'contract-year';
    if (open) {
      contracts.push(c);
      return contracts;
    }
    const next = `${year + years}-${from.slice(5)}`;
    c.end = dayBefore(next);
    contracts.push(c);
    from = next;
  }
}

function contractOf(rnd, kind, start, id, usualHours) {
  const hours = (choices) =>
    Math.max(
      choices[0],
      choices.reduce(
        (best, h) => (Math.abs(h - usualHours * (0.6 + rnd.next() * 0.7)) < Math.abs(best - usualHours) ? h : best),
        choices[0],
      ),
    );
  const rate = 95 + 5 * rnd.int(0, 7);
  if (kind === 'none')
    return {
      id,
      kind,
      start,
      ...(rnd.chance(0.4) && { hourlyRate: `${rate + 20}.00` }),
      note: 'Abrechnung nach Aufwand',
    };
  const period = rnd.weighted([
    ['month', 70],
    ['quarter', 22],
    ['year', 8],
  ]);
  const factor = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const reactionTimes = rnd.chance(0.6) ? { critical: 2, high: 4, normal: 8, low: 16 } : rnd.pick([2, 4, 8]);
  if (kind === 'commitment') {
    const minimumHours = hours([5, 10, 15, 20, 30, 40, 60, 80, 100, 150]) * factor;
    return {
      id,
      kind,
      start,
      period,
      minimumHours,
      rate: `${rate}.00`,
      unused: rnd.chance(0.5) ? 'carry-over' : 'forfeit',
      reactionTimes,
      note: `Abnahmeverpflichtung ${minimumHours} h je ${period}`,
    };
  }
  const includedHours = hours([4, 6, 8, 10, 15, 20, 30, 40, 60, 80, 100, 150]) * factor;
  const pooled = rnd.chance(0.25);
  return {
    id,
    kind,
    start,
    period,
    fee: `${Math.round(includedHours * rate * 0.9)}.00`,
    includedHours,
    overageRate: `${rate + 10}.00`,
    hourlyRate: `${rate + 20}.00`,
    settlement: pooled ? 'pooled' : 'per-period',
    ...(pooled && { poolWindow: 'quarter' }),
    analysisCap: rnd.pick([2, 4, 4, 4, 6]),
    reactionTimes,
    ...(rnd.chance(0.3) && { resolutionTimes: { critical: 8, high: 24, normal: 40, low: 80 } }),
    note: `Servicevertrag, Kontingent ${includedHours} h je ${period}`,
  };
}

/** The contract history as known on `date`: contracts started by then (the one in force open-ended if a later one follows). */
export function contractsKnownOn(customer, date) {
  const known = customer.contracts.filter((c) => c.start <= date);
  return known.map((c, i) =>
    i === known.length - 1 && c.end && customer.contracts.length > known.length ? { ...c, end: undefined } : c,
  );
}

/** The customer file's content (without the generator's own fields). */
export function customerFileOf(customer, contracts = customer.contracts) {
  const file = { ...customer, contracts: contracts.map(dropUndefined) };
  delete file.weight;
  return file;
}

function dropUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
