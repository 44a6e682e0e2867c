/** Roles of seed 004's access-control matrix, plus ANALYST (read-only reporting). */
export const roles = ['AGENT', 'SUPERVISOR', 'ADMIN', 'SYSTEM', 'PAYMENT_PROCESSOR', 'ANALYST'] as const;

export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return roles.includes(value as Role);
}
