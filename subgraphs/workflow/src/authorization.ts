/** Seed 004's access-control matrix for the workflow service: the roles each kind of operation needs. */
export const Roles = {
  /** Actions and case actions: workflowService write. */
  collection: ['AGENT', 'SUPERVISOR', 'ADMIN'],
  /** Customer assignments (CustomerAgent writeRoles) and the agents themselves. */
  supervision: ['SUPERVISOR', 'ADMIN'],
  /** The audit log. */
  audit: ['ADMIN'],
} as const satisfies Record<string, readonly string[]>;
