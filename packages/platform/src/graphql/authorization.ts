import { ForbiddenError, UnauthenticatedError } from './errors';
import { anonymousViewer, type Viewer } from './viewer';

/**
 * Lets the operation go on only for a caller holding one of `roles` (a domain's row of seed 004's
 * access-control matrix): UNAUTHENTICATED for an anonymous caller, FORBIDDEN for one with none of the roles.
 */
export function requireRole(viewer: Viewer, roles: readonly string[], operation: string): void {
  if (viewer.id === anonymousViewer.id) throw new UnauthenticatedError(operation);
  if (!roles.some((role) => viewer.roles.includes(role))) throw new ForbiddenError(operation, roles);
}
