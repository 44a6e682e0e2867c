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

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Reads the caller the gateway forwarded; a request without one is anonymous. */
export function viewerFromRequest(req: IncomingMessage): Viewer {
  const id = header(req, ViewerHeader.id)?.trim();
  if (!id) return anonymousViewer;
  const roles = (header(req, ViewerHeader.roles) ?? '')
    .split(',')
    .map((role) => role.trim().toUpperCase())
    .filter(Boolean);
  return { id: id.slice(0, 50), roles };
}
