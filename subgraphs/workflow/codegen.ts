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
        Agent: '../db/database#AgentRow',
        ActionRecord: '../db/database#ActionRecordRow',
        CustomerAgent: '../db/database#CustomerAgentRow',
        CustomerCase: '../db/database#CustomerCaseRow',
        CustomerCaseAction: '../db/database#CustomerCaseActionRow',
        Customer: '../resolvers/references#CustomerKey',
        Loan: '../resolvers/references#LoanKey',
        Team: '../queries/teams#TeamKey',
        WorkflowAuditEntry: '../db/database#AuditEntryRow',
        WorkflowEvent: '../db/database#WorkflowEventRow',
      },
    },
  },
};

export default workflow;
