/** How the split floor's front reaches its parts: JSON over pooled keep-alive HTTP, the caller's token forwarded. */
import { Agent, request } from 'node:http';
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

const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

function post(agent: Agent, url: URL, body: string, authorization: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        agent,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          authorization,
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > MAX_ANSWER_BYTES)
            response.destroy(new Error(`a part answered over ${MAX_ANSWER_BYTES} bytes`));
          else chunks.push(chunk);
        });
        response.on('error', reject);
        response.on('end', () => {
          if (response.statusCode !== 200) {
            reject(new Error(`${url.host} answered HTTP ${response.statusCode}`));
            return;
          }
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error);
          }
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A front's client of its three parts, with one keep-alive pool for all of them. */
export function partClient(urls: PartUrls, protocol: PartProtocol) {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
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
    close: () => agent.destroy(),
  };
}
