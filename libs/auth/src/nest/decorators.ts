import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal, Role } from '../roles';

export const PUBLIC_ROUTE = 'sunshine:public';
export const REQUIRED_ROLES = 'sunshine:roles';

/** The route needs no token (the petitioner's own submission and progress query, health). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The caller must hold one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export type AuthenticatedRequest = Request & { principal?: Principal };

/** The verified caller, for handing to the service and repository layer. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a public route');
  return principal;
});
