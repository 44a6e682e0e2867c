import { type JWTPayload, SignJWT } from 'jose';
import { InvalidTokenError } from './errors';
import { isRole, type Role } from './roles';
import type { SigningKey } from './signing-key';

/** A verified caller, from a user access token or a subgraph credential. */
export interface Caller {
  /** The token's `sub`: user or service id, at most 50 characters (the width of `created_by`). */
  id: string;
  /** The token's known roles; unknown ones are dropped, and a token left with none is refused. */
  roles: Role[];
  /** The employee id of the agent this caller acts as (`agent` claim), or null. */
  agentId: string | null;
  /** When the token expires; nothing derived from it should outlive it. */
  expiresAt: Date;
}

/** Who a token speaks for: a Caller before it has an expiry of its own. */
export type CallerClaims = Pick<Caller, 'id' | 'roles' | 'agentId'>;

const maxIdLength = 50;
/** workflow's `agents.employee_id` is varchar(20). */
const maxAgentIdLength = 20;

export interface TokenEnvelope {
  issuer: string;
  audience: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** Signs a token for `caller`; throws a RangeError for a caller the verifiers would refuse. */
export async function signCallerToken(
  key: SigningKey,
  caller: CallerClaims,
  envelope: TokenEnvelope,
): Promise<string> {
  if (!isId(caller.id) || caller.roles.length === 0 || !caller.roles.every(isRole)) {
    throw new RangeError(
      `a caller needs an id of 1 to ${maxIdLength} characters and at least one known role`,
    );
  }
  if (caller.agentId !== null && !isAgentId(caller.agentId)) {
    throw new RangeError(`an agent id has 1 to ${maxAgentIdLength} characters`);
  }
  const claims: JWTPayload = { roles: caller.roles };
  if (caller.agentId !== null) claims.agent = caller.agentId;
  return new SignJWT(claims)
    .setProtectedHeader({ alg: key.alg, kid: key.kid, typ: 'JWT' })
    .setSubject(caller.id)
    .setIssuer(envelope.issuer)
    .setAudience(envelope.audience)
    .setIssuedAt()
    .setExpirationTime(envelope.expiresAt)
    .sign(key.key);
}

/** Reads the Caller out of a payload whose signature, issuer, audience and times jose has checked. */
export function callerFromClaims(payload: JWTPayload): Caller {
  const { sub, exp, roles: claimedRoles, agent } = payload;
  if (!isId(sub)) throw badClaims();
  if (typeof exp !== 'number') throw badClaims();
  const roles = Array.isArray(claimedRoles) ? [...new Set(claimedRoles.filter(isRole))] : [];
  if (roles.length === 0) throw badClaims();
  return { id: sub, roles, agentId: agentIdFrom(agent), expiresAt: new Date(exp * 1000) };
}

function agentIdFrom(agent: unknown): string | null {
  if (agent === undefined || agent === null) return null;
  if (!isAgentId(agent)) throw badClaims();
  return agent;
}

const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxIdLength;

const isAgentId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= maxAgentIdLength;

const badClaims = () => new InvalidTokenError('bad claims');
