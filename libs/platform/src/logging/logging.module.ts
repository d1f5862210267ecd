import { randomUUID } from 'node:crypto';
import { Injectable, Module, type MiddlewareConsumer, type NestMiddleware, type NestModule } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NextFunction, Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { acceptCorrelationId, loggerOptions, runWithContext } from '@sunshine/observability';
import { SERVICE_NAME } from '../service-name';

const CORRELATION_HEADER = 'x-correlation-id';

function requestCorrelationId(req: Request): string {
  return acceptCorrelationId(req.headers[CORRELATION_HEADER]) ?? acceptCorrelationId(req.headers['x-request-id']) ?? randomUUID();
}

/**
 * Puts the request's correlation id into the async context, so that every log line and every
 * event caused by the request carries it, and echoes it to the caller.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const correlationId = (req as Request & { id?: string }).id ?? requestCorrelationId(req);
    res.setHeader(CORRELATION_HEADER, correlationId);
    runWithContext({ correlationId }, next);
  }
}

@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService, SERVICE_NAME],
      useFactory: (config: ConfigService, service: string) => ({
        pinoHttp: {
          ...loggerOptions(service, config.get<string>('LOG_LEVEL') ?? 'info'),
          genReqId: (req) => requestCorrelationId(req as Request),
          customAttributeKeys: { reqId: 'correlationId' },
          autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
          // Never the body, the query string or the headers: they may carry personal data.
          serializers: {
            req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url?.split('?')[0] }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          quietReqLogger: true,
        },
      }),
    }),
  ],
})
export class LoggingModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware).forRoutes('*');
  }
}
