/**
 * How the split floor's front reaches its parts: JSON over an undici keep-alive pool, as our gateway reaches its
 * subgraphs, the caller's token forwarded.
 */
import { Agent } from 'undici';
import type { CallPart } from './front';
import type { PartInput, PartName } from './parts';

export type PartUrls = Record<PartName, string>;

/** Turns a part's input into the request body it is sent as, and its answer into the part's JSON. */
export interface PartProtocol {
  body(input: PartInput): string;
  answer(json: unknown): unknown;
}

/** The plain parts take the input itself and answer with the part's JSON. */
export const plainProtocol: PartProtocol = {
  body: (input) => JSON.stringify(input),
  answer: (json) => json,
};

async function post(agent: Agent, url: URL, body: string, authorization: string): Promise<unknown> {
  const response = await agent.request({
    origin: url.origin,
    path: url.pathname,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization },
    body,
  });
  if (response.statusCode !== 200) {
    await response.body.dump();
    throw new Error(`${url.host} answered HTTP ${response.statusCode}`);
  }
  return response.body.json();
}

/** A front's client of its three parts, with one keep-alive pool for all of them. */
export function partClient(urls: PartUrls, protocol: PartProtocol) {
  const agent = new Agent({ connections: 64, keepAliveTimeout: 30_000 });
  const targets = new Map(Object.entries(urls).map(([name, url]) => [name, new URL(url)]));
  return {
    /** Calls the parts on behalf of the caller whose `Authorization` header this is. */
    caller(authorization: string): CallPart {
      return async (part, input) => {
        const url = targets.get(part);
        if (!url) throw new Error(`no URL for the part ${part}`);
        return protocol.answer(await post(agent, url, protocol.body(input), authorization));
      };
    },
    close: () => agent.close(),
  };
}
