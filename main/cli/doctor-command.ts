/**
 * `counterpart doctor [--data-dir D] [--offline] [--log FILE]`: prints the diagnostics an
 * installer pastes into a support request (see main/core/doctor/diagnostics.ts for what is in
 * it and what never is). Safe while the app runs.
 */
import { parseArgs } from 'node:util';
import { collectDiagnostics, probeModelServer } from '../core/doctor/diagnostics';
import { resolveDataDir } from '../core/platform/data-dir';
import { appVersion } from '../node/node-core';

const USAGE = 'Usage: counterpart doctor [--data-dir D] [--offline] [--log FILE]';

/** Runs `counterpart doctor`; returns the exit code. */
export async function runDoctor(args: string[], out: (text: string) => void = (t) => console.log(t)): Promise<number> {
  let values: { 'data-dir'?: string; offline?: boolean; log?: string };
  try {
    ({ values } = parseArgs({ args, options: { 'data-dir': { type: 'string' }, offline: { type: 'boolean' }, log: { type: 'string' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const text = await collectDiagnostics({
    dataDir: values['data-dir'] ?? resolveDataDir(),
    version: appVersion(),
    now: Date.now(),
    ...(values.offline ? {} : { probeModel: probeModelServer }),
    ...(values.log ? { logFile: values.log } : {}),
  });
  out(text);
  return 0;
}
