import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MongooseModule } from '@nestjs/mongoose';
import mongoose from 'mongoose';
import { SERVICE_NAME } from '../service-name';

// A filter path that is not in the schema is a bug, not an empty result; and a `$` operator
// hidden in user input is neutralised before any query sees it.
mongoose.set('strictQuery', 'throw');
mongoose.set('sanitizeFilter', true);

/** The service's own database (`sunshine_<service>` unless MONGO_DB says otherwise). */
export function databaseName(config: ConfigService, service: string): string {
  return config.get<string>('MONGO_DB') ?? `sunshine_${service}`;
}

@Module({
  imports: [
    MongooseModule.forRootAsync({
      inject: [ConfigService, SERVICE_NAME],
      useFactory: (config: ConfigService, service: string) => ({
        uri: config.getOrThrow<string>('MONGO_URL'),
        dbName: databaseName(config, service),
        serverSelectionTimeoutMS: 5000,
        maxPoolSize: 20,
        appName: `sunshine-${service}`,
        autoIndex: true,
      }),
    }),
  ],
})
export class MongoModule {}
