import { applyDecorators, createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';
import type { Principal, Role } from '../roles';

export const PUBLIC_ROUTE = 'sunshine:public';
export const REQUIRED_ROLES = 'sunshine:roles';

/**
 * The route needs no token (the petitioner's own submission and progress query, health).
 * The OpenAPI operation says so as `x-public: true`, so the authorisation matrix test reads it.
 */
export const Public = () => applyDecorators(SetMetadata(PUBLIC_ROUTE, true), ApiExtension('x-public', true));

/**
 * The caller must hold one of these roles. The OpenAPI operation lists them as `x-roles`
 * (a method's list wins over its controller's, as in the guard), so the authorisation matrix
 * test checks the documented roles against what the service really does.
 */
export const Roles = (...roles: Role[]) => applyDecorators(SetMetadata(REQUIRED_ROLES, roles), ApiExtension('x-roles', [...roles]));

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The verified caller, for handing to the service and repository layer. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
