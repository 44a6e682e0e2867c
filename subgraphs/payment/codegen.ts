import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types of the payment subgraph; the root codegen.ts merges this with the other subgraphs'. */
const generates: CodegenConfig['generates'] = {
  'subgraphs/payment/src/generated/resolvers-types.ts': {
    schema: 'subgraphs/payment/schema.graphql',
    plugins: ['typescript', 'typescript-resolvers'],
    config: {
      federation: true,
      useIndexSignature: true,
      useTypeImports: true,
      contextType: '../context#Context',
      scalars: { Decimal: 'string', Date: 'string', DateTime: 'Date', JSON: 'unknown' },
      enumsAsTypes: true,
      mappers: {
        Payment: '../db/database#PaymentRow',
        PaymentEvent: '../db/database#PaymentEventRow',
        PaymentReceipt: '../queries/receipt#PaymentReceiptModel',
        PaymentAuditEntry: '../db/database#AuditEntryRow',
        Customer: '../resolvers/references#CustomerKey',
        Loan: '../resolvers/references#LoanKey',
      },
    },
  },
};

export default generates;
