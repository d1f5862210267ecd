import { Global, Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { BlindIndexer } from './blind-index';
import { PiiCipher } from './pii-cipher';
import { loadPrivacyKeys } from './privacy-keys';

/** The cipher and blind indexer that protect petitioners' personal data, from configured keys. */
@Global()
@Module({
  providers: [
    {
      provide: 'PRIVACY_KEYS',
      inject: [ConfigService],
      useFactory: (config: ConfigService) =>
        loadPrivacyKeys({
          NODE_ENV: config.get('NODE_ENV'),
          INTAKE_PII_KEYS: config.get('INTAKE_PII_KEYS'),
          INTAKE_PII_ACTIVE_KEY: config.get('INTAKE_PII_ACTIVE_KEY'),
          INTAKE_BLIND_INDEX_KEY: config.get('INTAKE_BLIND_INDEX_KEY'),
          AUTH_DEV_KEYS_DIR: config.get('AUTH_DEV_KEYS_DIR'),
        }),
    },
    {
      provide: PiiCipher,
      inject: ['PRIVACY_KEYS'],
      useFactory: (keys: ReturnType<typeof loadPrivacyKeys>) => new PiiCipher(keys.encryptionKeys, keys.activeKeyId),
    },
    {
      provide: BlindIndexer,
      inject: ['PRIVACY_KEYS'],
      useFactory: (keys: ReturnType<typeof loadPrivacyKeys>) => new BlindIndexer(keys.blindIndexKey),
    },
  ],
  exports: [PiiCipher, BlindIndexer],
})
export class PrivacyModule {}
