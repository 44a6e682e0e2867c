import type { SupergraphManager } from '@apollo/gateway';

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

/** A supergraph manager whose every supergraph is made loadable by @apollo/gateway, as above. */
export function stockLoadableManager(inner: SupergraphManager): SupergraphManager {
  return {
    async initialize(options) {
      const loaded = await inner.initialize({
        ...options,
        update: (supergraphSdl) => options.update(stockLoadableSupergraph(supergraphSdl)),
      });
      return { ...loaded, supergraphSdl: stockLoadableSupergraph(loaded.supergraphSdl) };
    },
  };
}
