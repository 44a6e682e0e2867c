import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { bearerToken, connectionToken } from './viewer';

function request(authorization?: string): IncomingMessage {
  const message = new IncomingMessage(new Socket());
  if (authorization) message.headers.authorization = authorization;
  return message;
}

describe('the token of a request', () => {
  it('is the Bearer credential of the Authorization header', () => {
    expect(bearerToken(request('Bearer abc.def.ghi'))).toBe('abc.def.ghi');
    expect(bearerToken(request('bearer   abc.def.ghi '))).toBe('abc.def.ghi');
    expect(bearerToken(request())).toBeUndefined();
    expect(bearerToken(request('Basic dXNlcjpwYXNz'))).toBeUndefined();
  });

  it('is `authorization` in a graphql-ws connection_init, with or without Bearer', () => {
    expect(connectionToken({ authorization: 'Bearer abc.def.ghi' })).toBe('abc.def.ghi');
    expect(connectionToken({ authorization: 'abc.def.ghi' })).toBe('abc.def.ghi');
    expect(connectionToken({ authorization: 42 })).toBeUndefined();
    expect(connectionToken(undefined)).toBeUndefined();
  });
});
