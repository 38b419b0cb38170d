/**
 * The eval report as text: the per-route table, the rates, and the failing cases.
 */
import { NO_LANGUAGE, type EvalReport } from './report';

/** "0.912", or "—" for a rate with no denominator. */
export function formatRate(value: number | null): string {
  return value === null ? '—' : value.toFixed(3);
}

/** A readable report; `failures` caps how many failing cases are listed. */
export function formatReport(report: EvalReport, options: { title?: string; failures?: number } = {}): string {
  const lines: string[] = [];
  if (options.title) lines.push(options.title, '');
  lines.push(`cases ${report.cases}   route accuracy ${formatRate(report.routeAccuracy)}`, '');
  lines.push(table(['route', 'n', 'precision', 'recall'], Object.entries(report.routes).map(([route, r]) => [route, String(r.n), formatRate(r.precision), formatRate(r.recall)])));
  lines.push('');
  lines.push(`source cases ${report.sourceCases}   source hit rate ${formatRate(report.sourceHitRate)}   cited anywhere ${formatRate(report.sourceCitedRate)}`);
  const flags = Object.entries(report.flags);
  if (flags.length > 0) {
    lines.push('');
    lines.push(table(['flag', 'expected', 'recall', 'false-flag rate'], flags.map(([flag, f]) => [flag, String(f.expected), formatRate(f.recall), formatRate(f.falseFlagRate)])));
  }
  lines.push('', `mustNotContain violations ${report.mustNotContainViolations}`);
  const languages = Object.entries(report.languages);
  // Only a suite whose cases carry language labels gets the table (one "—" row says nothing).
  if (languages.some(([label]) => label !== NO_LANGUAGE)) {
    lines.push('', 'per language (the case label; the assistant finds the language from the message):');
    lines.push(table(['language', 'cases', 'route accuracy', 'source cases', 'source hit rate'], languages.map(([label, l]) => [label, String(l.cases), formatRate(l.routeAccuracy), String(l.sourceCases), formatRate(l.sourceHitRate)])));
  }
  const failing = report.results.filter((r) => !r.pass);
  const shown = failing.slice(0, options.failures ?? 20);
  if (shown.length > 0) {
    lines.push('', `failing cases (${failing.length}${failing.length > shown.length ? `, first ${shown.length}` : ''}):`);
    for (const r of shown) lines.push(`  ${r.id}: ${r.why}${r.decidedBy ? ` [${r.decidedBy}]` : ''}`);
  }
  return lines.join('\n');
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
