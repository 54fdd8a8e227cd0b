/** Each report's layout: its figures arranged as a document every format can render. */
import type { ReportName } from '../../../core/reports/index.js';
import type { Layout } from '../document.js';
import { backlogLayout } from './backlog.js';
import type { LayoutContext } from './common.js';
import { customerLayout } from './customer.js';
import { hotspotsLayout } from './hotspots.js';
import { resolutionLayout } from './resolution.js';
import { salesLayout } from './sales.js';
import { satisfactionLayout } from './satisfaction.js';
import { slaLayout } from './sla.js';
import { utilizationLayout } from './utilization.js';

export type { LayoutContext } from './common.js';

export const LAYOUTS: Record<ReportName, (report: never, ctx: LayoutContext) => Layout> = {
  utilization: utilizationLayout,
  sla: slaLayout,
  resolution: resolutionLayout,
  hotspots: hotspotsLayout,
  satisfaction: satisfactionLayout,
  sales: salesLayout,
  customer: customerLayout,
  backlog: backlogLayout,
};
