/**
 * Structured logging with pino. Customer text is never logged, only ids.
 */
import { pino, type DestinationStream, type Logger } from 'pino';
import type { NoticeLog } from './ports';

/** Creates the app logger; `destination` defaults to stderr so stdout stays for the CLI. */
export function createLogger(options: { level?: string; name?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    { name: options.name ?? 'counterpart', level: options.level ?? process.env.COUNTERPART_LOG_LEVEL ?? 'info' },
    options.destination ?? pino.destination(2),
  );
}

/**
 * The log line for a notification: its event and ids only. Its title and body are never
 * logged — "Ana needs a person" would put a customer's name in the log.
 */
export function logNotice(logger: Logger, log: NoticeLog | undefined): void {
  logger.info({ notification: log?.event ?? 'notification', ...(log?.conversationId !== undefined ? { conversationId: log.conversationId } : {}) }, 'notification');
}

/** A logger that drops everything (tests, benchmarks). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
