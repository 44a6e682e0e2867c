import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseKeySource } from './key-source';

describe('parseKeySource', () => {
  it('reads an https URL as a JWKS endpoint', () => {
    expect(parseKeySource('https://idp.bank.example/.well-known/jwks.json')).toEqual({
      kind: 'url',
      url: new URL('https://idp.bank.example/.well-known/jwks.json'),
    });
  });

  it('allows plain http only on a loopback host', () => {
    expect(parseKeySource('http://127.0.0.1:8080/jwks.json')).toMatchObject({ kind: 'url' });
    expect(parseKeySource('http://localhost/jwks.json')).toMatchObject({ kind: 'url' });
    expect(() => parseKeySource('http://idp.bank.example/jwks.json')).toThrow(/https:\/\/ URL of a JWKS/);
  });

  it('reads file: as a JWKS file, absolute, relative to the working directory, or as a file URL', () => {
    expect(parseKeySource('file:/etc/collexis/jwks.json')).toEqual({
      kind: 'file',
      path: '/etc/collexis/jwks.json',
    });
    expect(parseKeySource('file:.data/keys/user-tokens.jwks.json')).toEqual({
      kind: 'file',
      path: resolve('.data/keys/user-tokens.jwks.json'),
    });
    expect(parseKeySource('file:///etc/collexis/jwks.json')).toEqual({
      kind: 'file',
      path: '/etc/collexis/jwks.json',
    });
  });

  it('refuses anything else with a message that says what it expects', () => {
    for (const value of ['', 'file:', '/etc/collexis/jwks.json', 'ftp://idp/jwks.json', 'HS256-secret']) {
      expect(() => parseKeySource(value)).toThrow(
        /an https:\/\/ URL of a JWKS \(http:\/\/ only on localhost\) or file:<path> of a JWKS file/,
      );
    }
  });
});
