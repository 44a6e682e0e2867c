import { isResultMap, type ResultMap } from '../result-map';

/** Merges a subgraph's answer into the data gathered so far, exactly as @apollo/gateway's deepMerge does. */
export function deepMerge(target: ResultMap, source: unknown): void {
  if (!isResultMap(source)) return;
  for (const key of Object.keys(source)) {
    const incoming = source[key];
    if (incoming === undefined) continue;
    const existing = Object.hasOwn(target, key) ? target[key] : undefined;
    if (existing && isResultMap(incoming) && isResultMap(existing)) {
      deepMerge(existing, incoming);
    } else if (Array.isArray(incoming) && Array.isArray(existing) && incoming.length === existing.length) {
      for (let index = 0; index < incoming.length; index += 1) {
        const into = existing[index];
        const from = incoming[index];
        if (isResultMap(into) && isResultMap(from)) deepMerge(into, from);
        else existing[index] = from;
      }
    } else {
      target[key] = incoming;
    }
  }
}
