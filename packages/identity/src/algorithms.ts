/**
 * The algorithms a verifier accepts: asymmetric only. A JWKS is public, so an HS* token keyed with a public
 * key's bytes must fail, as must `alg: none`; jose refuses any other `alg` before it looks up a key.
 */
export const asymmetricAlgorithms = [
  'ES256',
  'ES384',
  'ES512',
  'PS256',
  'PS384',
  'PS512',
  'RS256',
  'RS384',
  'RS512',
  'EdDSA',
  'Ed25519',
];

/** What generateSigningKey makes: short signatures, supported by every JOSE library. */
export const generatedKeyAlgorithm = 'ES256';
