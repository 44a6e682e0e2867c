import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types of the workflow subgraph, mapped to the rows its repository returns. */
const workflow: CodegenConfig['generates'] = {
  'subgraphs/workflow/src/generated/resolvers-types.ts': {
    schema: 'subgraphs/workflow/schema.graphql',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      useTypeImports: true,
      contextType: '../context#Context',
      scalars: { Decimal: 'string', Date: 'string', DateTime: 'Date', JSONObject: 'Record<string, unknown>' },
      enumsAsTypes: true,
      mappers: {
        Agent: '../models#AgentRow',
        ActionRecord: '../models#ActionRecordRow',
        CustomerAgent: '../models#CustomerAgentRow',
        CustomerCase: '../models#CustomerCaseRow',
        CustomerCaseAction: '../models#CustomerCaseActionRow',
        Customer: '../models#CustomerKey',
        Loan: '../models#LoanKey',
        WorkflowAuditEntry: '../models#AuditEntryRow',
      },
    },
  },
};

export default workflow;
