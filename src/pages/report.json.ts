import type { APIRoute } from 'astro';
import { catalogReport, reportFile } from '../lib/catalog/catalogReport.ts';
import { getCatalogFiles } from '../site/catalog.ts';

/** `report.json`: every file of the agents folder with its status, Claude Code's verdict and its problems. */
export const GET: APIRoute = async () => {
  const report = catalogReport((await getCatalogFiles()).map(reportFile));
  return new Response(JSON.stringify(report, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
