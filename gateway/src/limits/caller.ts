import { anonymousViewer, type Viewer } from '@collexis/platform/graphql';
import type { RequestLimits } from './options';

/** What the limits read from the gateway's request context. */
export interface LimitsContext {
  viewer?: Viewer;
}

/**
 * The caller of a request, as the gateway's context resolved it. The one place the limits learn who is asking:
 * today from the identity headers, once tokens are verified from the token, with nothing to change here.
 */
export function callerOf(context: LimitsContext): Viewer {
  return context.viewer ?? anonymousViewer;
}

/** Whether the caller said who they are: introspection and field suggestions are for such callers only. */
export function hasIdentity(viewer: Viewer): boolean {
  return viewer.id !== anonymousViewer.id;
}

/** The caller's cost limit: the highest of their roles' in `maxCostByRole`, else `maxCost`. */
export function costLimitOf(
  viewer: Viewer,
  limits: Pick<RequestLimits, 'maxCost' | 'maxCostByRole'>,
): number {
  const byRole = viewer.roles.flatMap((role) => {
    const limit = limits.maxCostByRole[role];
    return limit === undefined ? [] : [limit];
  });
  return byRole.length === 0 ? limits.maxCost : Math.max(...byRole);
}
