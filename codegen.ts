import type { CodegenConfig } from '@graphql-codegen/cli';
import bankSync from './subgraphs/bank-sync/codegen';
import payment from './subgraphs/payment/codegen';
import workflow from './subgraphs/workflow/codegen';

/** Resolver types for every subgraph, generated from its schema.graphql (`pnpm codegen`). */
const config: CodegenConfig = {
  overwrite: true,
  generates: { ...bankSync, ...payment, ...workflow },
};

export default config;
