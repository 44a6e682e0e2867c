import {
  anonymousViewer,
  ForbiddenError,
  UnauthenticatedError,
  type Viewer,
} from '@collexis/platform/graphql';

/** Seed 004's access-control matrix: bank-sync data is written by ADMIN and SYSTEM only. */
export const WRITE_ROLES = ['ADMIN', 'SYSTEM'] as const;
/** The audit log is for administrators. */
export const AUDIT_ROLES = ['ADMIN'] as const;

/** Throws UNAUTHENTICATED for an anonymous caller and FORBIDDEN for one without any of the roles. */
export function requireRole(viewer: Viewer, roles: readonly string[], action: string): void {
  if (viewer.id === anonymousViewer.id) throw new UnauthenticatedError(action);
  if (!roles.some((role) => viewer.roles.includes(role))) throw new ForbiddenError(action, roles);
}
