import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { join } from 'node:path';
import { loadUnitCatalogue, type UnitCatalogue } from './unit-catalogue';

/**
 * The unit catalogue (责任单位), read once at start from `ROUTING_UNIT_CATALOGUE` (default: the
 * shipped `src/catalogue/units.json`); a bad file stops the service at start.
 */
@Injectable()
export class UnitCatalogueProvider {
  readonly catalogue: UnitCatalogue;

  constructor(config: ConfigService) {
    this.catalogue = loadUnitCatalogue(config.get<string>('ROUTING_UNIT_CATALOGUE') ?? join(__dirname, '../catalogue/units.json'));
  }

  /** The catalogue as callers see it: the units without their routing keywords. */
  listing() {
    const { version, units } = this.catalogue;
    return { version, units: units.map(({ id, name, kind, categories }) => ({ id, name, kind, categories })) };
  }
}
