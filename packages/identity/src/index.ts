export {
  type AccessTokenOptions,
  type AccessTokenVerifier,
  type AccessTokenVerifierOptions,
  createAccessTokenVerifier,
  devAccessToken,
  signAccessToken,
} from './access-token';
export type { Caller, CallerClaims } from './claims';
export {
  type CredentialCaller,
  type CredentialSigner,
  type CredentialSignerOptions,
  type CredentialVerifier,
  type CredentialVerifierOptions,
  createCredentialSigner,
  createCredentialVerifier,
  createServiceCredential,
  credentialIssuers,
  type ServiceCredential,
  type ServiceCredentialOptions,
} from './credential';
export { type DevKeys, ensureDevKeys } from './dev-keys';
export { InvalidTokenError, type InvalidTokenReason, KeySourceError } from './errors';
export { jwksRefetchCooldownMs, type KeySource, parseKeySource } from './key-source';
export { isRole, type Role, roles } from './roles';
export { generateSigningKey, loadSigningKey, type SigningKey, type SigningKeyFiles } from './signing-key';
