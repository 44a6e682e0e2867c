import type { IncomingMessage } from 'node:http';

/** Who is calling, as the gateway forwards it to subgraphs. */
export interface Viewer {
  /** User or system id; recorded as created_by / updated_by and in the audit log. */
  id: string;
  roles: readonly string[];
}

/** Headers the gateway sets on every subgraph request. */
export const ViewerHeader = { id: 'x-collexis-user', roles: 'x-collexis-roles' } as const;

export const anonymousViewer: Viewer = { id: 'anonymous', roles: [] };

/** The connection parameters of a graphql-ws client, as graphql-ws hands them over. */
export type ConnectionParams = Readonly<Record<string, unknown>> | undefined;

/**
 * One caller from an id and roles however they were sent: the id trimmed and cut to 50 characters (the
 * actor columns' length), roles split on commas, trimmed and upper-cased. Null without an id.
 */
function normalizeViewer(id: unknown, roles: unknown): Viewer | null {
  if (typeof id !== 'string' || !id.trim()) return null;
  const listed = typeof roles === 'string' ? [roles] : Array.isArray(roles) ? roles : [];
  return {
    id: id.trim().slice(0, 50),
    roles: listed
      .filter((role): role is string => typeof role === 'string')
      .flatMap((role) => role.split(','))
      .map((role) => role.trim().toUpperCase())
      .filter(Boolean),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the caller the gateway forwarded; a request without one is anonymous. */
export function viewerFromRequest(req: IncomingMessage): Viewer {
  return normalizeViewer(header(req, ViewerHeader.id), header(req, ViewerHeader.roles)) ?? anonymousViewer;
}

/**
 * The caller of a graphql-ws connection, normalised as `viewerFromRequest` normalises headers. Taken from the
 * connection parameters when they name one, either as the gateway sends it (`viewer: { id, roles }`) or under
 * the header names (a browser cannot set headers on a WebSocket); otherwise from the upgrade request's headers;
 * otherwise anonymous.
 */
export function viewerFromConnection(request: IncomingMessage, connectionParams: ConnectionParams): Viewer {
  const viewer = connectionParams?.viewer;
  const fromViewer =
    typeof viewer === 'object' && viewer !== null
      ? normalizeViewer(Reflect.get(viewer, 'id'), Reflect.get(viewer, 'roles'))
      : null;
  return (
    fromViewer ??
    normalizeViewer(connectionParams?.[ViewerHeader.id], connectionParams?.[ViewerHeader.roles]) ??
    viewerFromRequest(request)
  );
}
