import pino, { type Logger, type LoggerOptions } from 'pino';
import { currentContext } from './context';

/**
 * Fields that could carry personal data if someone ever logged an object holding them. Services
 * do not log bodies; this is the second line of defence.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'req.body',
  'res.body',
  '*.name',
  '*.phone',
  '*.idNumber',
  '*.address',
  '*.email',
  '*.queryCode',
  '*.petitioner',
  'petitioner',
  'queryCode',
];

export function loggerOptions(service: string, level = process.env.LOG_LEVEL ?? 'info'): LoggerOptions {
  return {
    level,
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    messageKey: 'msg',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const context = currentContext();
      return context ? { correlationId: context.correlationId, ...(context.causationId ? { causationId: context.causationId } : {}) } : {};
    },
  };
}

export function createLogger(service: string, level?: string): Logger {
  return pino(loggerOptions(service, level));
}

export type { Logger };
