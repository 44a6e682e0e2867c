import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { viewerFromConnection } from './viewer';

function upgradeRequest(headers: Record<string, string>): IncomingMessage {
  const request = new IncomingMessage(new Socket());
  request.headers = headers;
  return request;
}

describe('the viewer of a graphql-ws subscription', () => {
  const gatewayHeaders = upgradeRequest({ 'x-collexis-user': 'gw.user', 'x-collexis-roles': 'agent' });

  it('comes from the connection parameters as the gateway sends them', () => {
    expect(
      viewerFromConnection(gatewayHeaders, { viewer: { id: 'ops.jdoe', roles: ['ADMIN', 'supervisor'] } }),
    ).toEqual({
      id: 'ops.jdoe',
      roles: ['ADMIN', 'SUPERVISOR'],
    });
  });

  it('comes from connection parameters named like the headers', () => {
    expect(
      viewerFromConnection(gatewayHeaders, {
        'x-collexis-user': 'dash.board',
        'x-collexis-roles': 'SUPERVISOR, agent',
      }),
    ).toEqual({ id: 'dash.board', roles: ['SUPERVISOR', 'AGENT'] });
  });

  it("otherwise comes from the upgrade request's headers, and is anonymous without any", () => {
    expect(viewerFromConnection(gatewayHeaders, {})).toEqual({ id: 'gw.user', roles: ['AGENT'] });
    expect(viewerFromConnection(upgradeRequest({}), undefined)).toEqual({ id: 'anonymous', roles: [] });
  });
});
