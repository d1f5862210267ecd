import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { authSettingsFromEnv, JwtVerifier } from '../jwt-verifier';
import { AuthGuard } from './auth.guard';

/** Verifies bearer tokens on every HTTP route (a global guard); see @Public and @Roles. */
@Global()
@Module({
  providers: [
    {
      provide: JwtVerifier,
      inject: [ConfigService],
      useFactory: async (config: ConfigService) =>
        new JwtVerifier(
          await authSettingsFromEnv({
            NODE_ENV: config.get('NODE_ENV'),
            AUTH_ISSUER: config.get('AUTH_ISSUER'),
            AUTH_AUDIENCE: config.get('AUTH_AUDIENCE'),
            AUTH_PUBLIC_KEYS: config.get('AUTH_PUBLIC_KEYS'),
            AUTH_DEV_KEYS_DIR: config.get('AUTH_DEV_KEYS_DIR'),
          }),
        ),
    },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [JwtVerifier],
})
export class AuthModule {}
