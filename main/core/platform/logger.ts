/**
 * Structured logging with pino. Customer text is never logged, only ids.
 */
import { pino, type Logger } from 'pino';

/** Creates the app logger; `destination` defaults to stderr so stdout stays for the CLI. */
export function createLogger(options: { level?: string; name?: string } = {}): Logger {
  return pino(
    { name: options.name ?? 'counterpart', level: options.level ?? process.env.COUNTERPART_LOG_LEVEL ?? 'info' },
    pino.destination(2),
  );
}

/** A logger that drops everything (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
