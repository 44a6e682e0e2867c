const SECURITY_PURPOSE =
  /(@link\(url: "https:\/\/specs\.apollo\.dev\/(?:authenticated|requiresScopes|policy)\/v[\d.]+"), for: SECURITY\)/g;

/**
 * The supergraph as @apollo/gateway will load it. The gateway refuses a supergraph that links a feature "for:
 * SECURITY" it does not enforce, and it enforces none of the authorization specs; we enforce them ourselves
 * (decision 0021), so the links lose their purpose here and everything else, directives included, is kept.
 */
export function stockLoadableSupergraph(supergraphSdl: string): string {
  return supergraphSdl.replace(SECURITY_PURPOSE, '$1)');
}
