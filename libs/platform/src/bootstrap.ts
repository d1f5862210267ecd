import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json, urlencoded, type ErrorRequestHandler, type RequestHandler } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { createLogger } from '@sunshine/observability';
import { ProblemDetailsFilter, problemDetailsMiddleware } from './http/problem-details';
import { createValidationPipe } from './http/validation-pipe';

export interface ServiceDefinition {
  /** `intake`, `routing`, … */
  name: string;
  module: unknown;
  defaultPort: number;
  /** Title and description of the OpenAPI document. */
  title: string;
  description: string;
  /** Extra Express middleware mounted before the body parsers (e.g. raw uploads). */
  before?: (app: NestExpressApplication) => void;
  /**
   * Express error handlers tried before the problem+json one, for routes whose standard
   * prescribes another error format (Open311) when the body cannot even be parsed.
   */
  errorHandlers?: ErrorRequestHandler[];
}

/** JSON bodies are limited to 1 MB; larger requests get 413 before any handler runs. */
export const BODY_LIMIT = '1mb';

/** Create and configure a service's Nest application (used by main.ts and by tests). */
export async function createServiceApp(definition: ServiceDefinition): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(definition.module as never, {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set('trust proxy', 'loopback');
  app.use(
    helmet({
      // Swagger UI at /docs needs its inline scripts; the API itself serves only JSON.
      contentSecurityPolicy: {
        directives: { scriptSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
      },
    }),
  );
  definition.before?.(app);
  app.use(json({ limit: BODY_LIMIT, strict: true, type: ['application/json', 'application/*+json'] }) as RequestHandler);
  app.use(urlencoded({ limit: BODY_LIMIT, extended: false }) as RequestHandler);
  for (const handler of definition.errorHandlers ?? []) app.use(handler);
  app.use(problemDetailsMiddleware);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(definition.title)
      .setDescription(definition.description)
      .setVersion('1.0.0')
      .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
      .build(),
  );
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  return app;
}

/**
 * On SIGTERM or SIGINT: stop taking requests, let consumers commit and the relay finish its
 * round (the modules' shutdown hooks), then exit 0 — or 1 if that takes longer than the grace.
 */
function stopGracefullyOnSignals(app: NestExpressApplication, logger: Logger, graceMs: number): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received; shutting down`);
    const timer = setTimeout(() => {
      logger.error(`shutdown took longer than ${graceMs} ms; exiting`);
      process.exit(1);
    }, graceMs);
    app.close().then(
      () => {
        clearTimeout(timer);
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/** Start a service: the whole process's entry point. */
export async function bootstrapService(definition: ServiceDefinition): Promise<NestExpressApplication> {
  const fallback = createLogger(definition.name);
  process.on('unhandledRejection', (reason) => {
    fallback.fatal({ err: reason }, 'unhandled promise rejection');
    process.exit(1);
  });
  try {
    const app = await createServiceApp(definition);
    const config = app.get(ConfigService);
    const port = config.get<number>('PORT') ?? definition.defaultPort;
    const host = config.get<string>('HOST') ?? '127.0.0.1';
    await app.listen(port, host);
    const logger = app.get(Logger);
    logger.log(`${definition.name} listening on http://${host}:${port} (docs: /docs)`);
    stopGracefullyOnSignals(app, logger, Number(config.get('SHUTDOWN_GRACE_MS') ?? 10_000));
    return app;
  } catch (error) {
    fallback.fatal({ err: error }, `${definition.name} failed to start`);
    process.exit(1);
  }
}
