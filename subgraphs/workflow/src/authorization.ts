import { anonymousViewer, type Viewer } from '@collexis/platform/graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';

/** Seed 004's access-control matrix for the workflow service and its entities. */
export const Roles = {
  /** Actions and case actions: workflowService write. */
  collection: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  /** Customer assignments (CustomerAgent writeRoles) and the agents themselves. */
  supervision: ['SUPERVISOR', 'ADMIN'],
  /** The audit log. */
  audit: ['ADMIN'],
} as const satisfies Record<string, readonly string[]>;

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for one with none of the roles. */
export function requireRole(viewer: Viewer, roles: readonly string[], operation: string): void {
  if (viewer.id === anonymousViewer.id) throw new UnauthenticatedError(operation);
  if (!roles.some((role) => viewer.roles.includes(role))) throw new ForbiddenError(operation, roles);
}
