import type { IncomingMessage } from 'node:http';
import type { AccessSubject } from './access-rules';

/** Who is calling, as a verified token says: the gateway's user token, or a subgraph credential. */
export interface Viewer {
  /** User or system id; recorded as created_by / updated_by and in the audit log. */
  id: string;
  roles: readonly string[];
  /** The employee id of the agent this caller acts as, when it is one. */
  agentId?: string | null;
  /** When the token that proved it expires; nothing derived from it outlives it. */
  expiresAt?: Date;
}

export const anonymousViewer: Viewer = { id: 'anonymous', roles: [] };

/** The caller as the access rules see it: whether it proved who it is, and its roles. */
export const accessSubjectOf = (viewer: Viewer): AccessSubject => ({
  authenticated: viewer.id !== anonymousViewer.id,
  roles: viewer.roles,
});

function isViewer(value: unknown): value is Viewer {
  return typeof value === 'object' && value !== null && 'id' in value && 'roles' in value;
}

/** The caller a request's context carries (gateway and subgraphs alike); anonymous when it carries none. */
export function viewerOfContext(context: unknown): Viewer {
  if (typeof context !== 'object' || context === null || !('viewer' in context)) return anonymousViewer;
  return isViewer(context.viewer) ? context.viewer : anonymousViewer;
}

/** The connection parameters of a graphql-ws client, as graphql-ws hands them over. */
export type ConnectionParams = Readonly<Record<string, unknown>> | undefined;

const BEARER = /^Bearer\s+(\S+)$/i;

function tokenOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return BEARER.exec(trimmed)?.[1] ?? (trimmed && !trimmed.includes(' ') ? trimmed : undefined);
}

/** The token of an HTTP request: `Authorization: Bearer <token>`. */
export function bearerToken(request: IncomingMessage): string | undefined {
  return tokenOf(request.headers.authorization);
}

/**
 * The token of a graphql-ws connection: `authorization` in the connection_init payload, `Bearer <token>` or
 * the bare token (a browser cannot set headers on a WebSocket).
 */
export function connectionToken(connectionParams: ConnectionParams): string | undefined {
  return tokenOf(connectionParams?.authorization);
}

/** The header that carries a token. */
export const authorizationHeader = (token: string) => ({ authorization: `Bearer ${token}` });
