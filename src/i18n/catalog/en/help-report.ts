/** `--help` of the language flags of reports (keys in src/cli/main.ts). */
export const helpReport = {
  lang: "the report's language: de or en (default: the reader's, docs/commands.md#language); --json never changes",
  header:
    'csv: keys (default: the fixed English column keys scripts read) or localized (titles and columns in the language of --lang)',
  aboutUtilization: 'quota and commitment use per customer, trend and projection',
  aboutSla: 'reaction-time compliance by contract, priority and staff; the breaches',
  aboutResolution: 'first-contact resolution, escalations, reopenings, time to resolve, knowledge-base use',
  aboutHotspots:
    'requests by product/module and category against the previous period; top customers; recurring problems',
  aboutSatisfaction: 'feedback scores and comments by customer, staff and product; trend',
  aboutSales: 'customers to offer a bigger contract or a first one, customers at risk, extension demand',
  aboutCustomer: 'one customer: open tickets, reaction times, utilisation, satisfaction, changes, handoffs, invoices',
  aboutBacklog: 'open tickets by level and age, waiting ones, unassigned ones',
};
