import agentWorklist from './examples/agent-worklist.graphql';
import customer360 from './examples/customer-360.graphql';
import delinquentLoans from './examples/delinquent-loans.graphql';
import livePayments from './examples/live-payments.graphql';

/** An example operation for analysts, opened as a GraphiQL tab. */
export interface Example {
  query: string;
  variables?: Record<string, unknown>;
}

/** The tabs a new IDE opens with, in this order (`examples/*.graphql`, checked against the supergraph). */
export const examples: readonly Example[] = [
  { query: customer360, variables: { cif: 'CIF00000001' } },
  { query: delinquentLoans },
  { query: agentWorklist },
  { query: livePayments },
];
