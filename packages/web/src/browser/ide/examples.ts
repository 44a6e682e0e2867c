import agentWorklist from './examples/agent-worklist.graphql';
import customer360 from './examples/customer-360.graphql';
import delinquentLoans from './examples/delinquent-loans.graphql';
import livePayments from './examples/live-payments.graphql';
import portfolioAtRisk from './examples/portfolio-at-risk.graphql';
import portfolioByBucket from './examples/portfolio-by-bucket.graphql';
import teamPortfolio from './examples/team-portfolio.graphql';
import todaysCollections from './examples/todays-collections.graphql';

/** An example operation for analysts, opened as a GraphiQL tab. */
export interface Example {
  query: string;
  variables?: Record<string, unknown>;
}

/** Today as UTC midnight to midnight, when the page opened. */
function todayUtc() {
  const from = new Date();
  from.setUTCHours(0, 0, 0, 0);
  return { from: from.toISOString(), to: new Date(from.getTime() + 86_400_000).toISOString() };
}

/** The tabs a new IDE opens with, in this order (`examples/*.graphql`, checked against the supergraph). */
export const examples: readonly Example[] = [
  { query: customer360, variables: { cif: 'CIF00000001' } },
  { query: delinquentLoans },
  { query: portfolioByBucket },
  { query: portfolioAtRisk, variables: { days: 30, groupBy: 'PRODUCT_TYPE' } },
  { query: teamPortfolio, variables: { name: 'CALL_TEAM_A' } },
  { query: todaysCollections, variables: todayUtc() },
  { query: agentWorklist },
  { query: livePayments },
];
