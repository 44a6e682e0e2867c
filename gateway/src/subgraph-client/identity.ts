import { type Viewer, ViewerHeader } from '@collexis/platform/graphql';

/**
 * The headers of every HTTP request to a subgraph: JSON, and the caller's identity, which subgraphs record
 * and authorise against (decision 0013). The one place identity is attached, so that the signed credential
 * that will replace these headers changes only this function and the one below.
 */
export function subgraphRequestHeaders(viewer: Viewer | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (viewer) {
    headers[ViewerHeader.id] = viewer.id;
    headers[ViewerHeader.roles] = viewer.roles.join(',');
  }
  return headers;
}

/** The caller's identity in the connection parameters of an upstream graphql-ws subscription. */
export function upstreamConnectionParams(viewer: Viewer): Record<string, unknown> {
  return { viewer: { id: viewer.id, roles: [...viewer.roles] } };
}
