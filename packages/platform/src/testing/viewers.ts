import { ViewerHeader } from '../graphql';

/** The headers the gateway forwards to a subgraph for a viewer: who they are and their roles. */
export function viewerHeaders(id: string, ...roles: string[]): Record<string, string> {
  return { [ViewerHeader.id]: id, [ViewerHeader.roles]: roles.join(',') };
}

/** The people and systems the tests act as; tests assert on these ids as the recorded actors. */
export const viewers = {
  admin: viewerHeaders('ops.admin', 'ADMIN'),
  supervisor: viewerHeaders('sup.lan', 'SUPERVISOR'),
  collector: viewerHeaders('agent.minh', 'AGENT'),
  analyst: viewerHeaders('analyst.kim', 'ANALYST'),
  /** The core-banking connector that pushes and pulls exports. */
  coreSystem: viewerHeaders('t24-connector', 'SYSTEM'),
  paymentProcessor: viewerHeaders('proc.t24', 'PAYMENT_PROCESSOR'),
} as const;
