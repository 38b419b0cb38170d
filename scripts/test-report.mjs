// Reading the vitest and Playwright JSON reports for `npm test`'s closing lines.

/** Passed / failed / skipped from a vitest JSON report. */
export function vitestCounts(report) {
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

/** Passed / failed / skipped from a Playwright JSON report. */
export function playwrightCounts(report) {
  const s = report.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0, skipped: s.skipped ?? 0 };
}

/**
 * Every skipped Playwright test with the reason it gave (`test.skip(condition, reason)`), as
 * "file › title: reason" — the list reporter shows a skip but not why.
 */
export function playwrightSkips(report) {
  const lines = [];
  const walk = (suite, path) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'skipped') continue;
        const reason = (test.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'no reason given';
        lines.push(`${[...path, spec.title].join(' › ')}: ${reason}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of report.suites ?? []) walk(suite, [suite.title]);
  return lines;
}
