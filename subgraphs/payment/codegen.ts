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
      scalars: { Decimal: 'string', Date: 'string', DateTime: 'Date' },
      enumsAsTypes: true,
      mappers: {
        Payment: '../models#PaymentRow',
        Customer: '../models#CustomerKey',
        Loan: '../models#LoanKey',
      },
    },
  },
};

export default generates;
