import type { IncomingMessage } from 'node:http';
import { type Viewer, ViewerHeader, viewerFromRequest } from '@collexis/platform/graphql';

const normalize = (id: string, roles: readonly string[]): Viewer => ({
  id: id.trim().slice(0, 50),
  roles: roles.map((role) => role.trim().toUpperCase()).filter(Boolean),
});

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',');
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/**
 * The caller of a graphql-ws subscription, parsed as viewerFromRequest parses headers. Taken from the
 * connection parameters when they name one, either as the gateway sends it (`viewer: { id, roles }`) or under
 * the header names (a browser cannot set headers on a WebSocket); otherwise from the upgrade request's
 * headers; otherwise anonymous.
 */
export function viewerOfConnection(
  request: IncomingMessage,
  connectionParams: Readonly<Record<string, unknown>> | undefined,
): Viewer {
  const viewer = connectionParams?.viewer;
  if (
    typeof viewer === 'object' &&
    viewer !== null &&
    'id' in viewer &&
    typeof viewer.id === 'string' &&
    viewer.id.trim()
  ) {
    return normalize(viewer.id, 'roles' in viewer ? stringsOf(viewer.roles) : []);
  }
  const id = connectionParams?.[ViewerHeader.id];
  if (typeof id === 'string' && id.trim())
    return normalize(id, stringsOf(connectionParams?.[ViewerHeader.roles]));
  return viewerFromRequest(request);
}
