import type { Principal } from './roles';

/**
 * What part of the cases a caller may see. Unit staff see their own unit's cases only; leaders,
 * the joint office, supervisors, the organization department and admins see all of them.
 */
export type UnitScope = { all: true } | { all: false; unitId: string };

export class UnitScopeError extends Error {
  constructor() {
    super('a unit principal without a unit id has no scope');
    this.name = 'UnitScopeError';
  }
}

export function unitScope(principal: Principal): UnitScope {
  const crossUnit = principal.roles.some((r) => r !== 'unit' && r !== 'channel' && r !== 'registrar');
  if (crossUnit) return { all: true };
  if (principal.roles.includes('unit')) {
    if (!principal.unitId) throw new UnitScopeError();
    return { all: false, unitId: principal.unitId };
  }
  // Channels and registrars register petitions; they see no cases at all.
  return { all: false, unitId: '\u0000none' };
}

/**
 * Add the scope to a repository filter: `field` holds the unit ids allowed to see a document
 * (a string or an array of strings; MongoDB matches either with equality).
 */
export function scopedFilter<F extends Record<string, unknown>>(filter: F, scope: UnitScope, field = 'unitIds'): F {
  return scope.all ? filter : { ...filter, [field]: scope.unitId };
}

export function inScope(scope: UnitScope, unitIds: readonly string[] | string): boolean {
  if (scope.all) return true;
  return Array.isArray(unitIds) ? unitIds.includes(scope.unitId) : unitIds === scope.unitId;
}
