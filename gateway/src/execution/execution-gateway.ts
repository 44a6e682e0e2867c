import type { ApolloGateway, GraphQLDataSource } from '@apollo/gateway';
import type {
  GatewayApolloConfig,
  GatewayExecutor,
  GatewayInterface,
  GatewayLoadResult,
  GatewaySchemaLoadOrUpdateCallback,
} from '@apollo/server-gateway-interface';
import type { AccessControl } from '../authorization/authorize-operation';
import { authorizingExecutor } from '../authorization/authorizing-executor';
import type { SubgraphIdentity, SubgraphTransport } from '../subgraph-client';
import { SupergraphPlanning } from '../supergraph-planning';
import { createCollexisExecutor } from './collexis-executor';
import { OperationCompiler } from './compiled-operation';
import { createDifferentialExecutor, type ExecutorMismatch } from './differential-executor';

/**
 * Which executor runs query plans: `collexis`, ours; `stock`, @apollo/gateway's; `differential`, ours
 * checked against the stock one on every request (for tests).
 */
export const executorNames = ['collexis', 'stock', 'differential'] as const;
export type ExecutorName = (typeof executorNames)[number];

export interface ExecutionGatewayOptions {
  executor: ExecutorName;
  /** Identical query fetches in flight share one exchange (our executor only). */
  shareInflight: boolean;
  /** How our executor reaches a subgraph: the gateway's subgraph client. */
  transport: SubgraphTransport;
  /** Who our executor's fetches are on behalf of: the client's credentials. */
  identity: SubgraphIdentity;
  subgraphNames: readonly string[];
  /** A stock data source for one subgraph sending through the given transport (the differential's replay). */
  dataSource: (subgraph: string, send: SubgraphTransport) => GraphQLDataSource;
  onMismatch: (mismatch: ExecutorMismatch) => void;
  /** Told each supergraph's planning as it loads, for the subscription engine to share. */
  onPlanning: (planning: SupergraphPlanning) => void;
}

/**
 * @apollo/gateway with the executor chosen by configuration: it loads the supergraph and keeps the stock
 * executor; this wrapper plans and runs operations with ours unless `stock` is chosen.
 */
export class ExecutionGateway implements GatewayInterface {
  private compiler: OperationCompiler | null = null;
  private access: AccessControl | null = null;

  constructor(
    private readonly inner: ApolloGateway,
    private readonly options: ExecutionGatewayOptions,
  ) {
    inner.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => {
      const planning = new SupergraphPlanning(coreSupergraphSdl);
      this.compiler = new OperationCompiler(planning);
      this.access = planning.access;
      options.onPlanning(planning);
    });
  }

  onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
    return this.inner.onSchemaLoadOrUpdate(callback);
  }

  async load(loadOptions: { apollo: GatewayApolloConfig }): Promise<GatewayLoadResult> {
    const { executor } = await this.loadExecutor(loadOptions);
    const access = () => {
      if (!this.access) throw new Error('the supergraph is not loaded yet');
      return this.access;
    };
    return { executor: executor && authorizingExecutor(executor, access) };
  }

  private async loadExecutor(loadOptions: { apollo: GatewayApolloConfig }): Promise<GatewayLoadResult> {
    const { executor: stock } = await this.inner.load(loadOptions);
    if (!stock || this.options.executor === 'stock') return { executor: stock };
    const compiler = () => {
      if (!this.compiler) throw new Error('the supergraph is not loaded yet');
      return this.compiler;
    };
    const ours = (transport: SubgraphTransport): GatewayExecutor =>
      createCollexisExecutor({
        compiler,
        shareInflight: this.options.shareInflight,
        transport,
        identity: this.options.identity,
        fallback: stock,
      });
    if (this.options.executor === 'collexis') return { executor: ours(this.options.transport) };
    return {
      executor: createDifferentialExecutor({
        compiler,
        ours,
        transport: this.options.transport,
        dataSource: this.options.dataSource,
        subgraphNames: this.options.subgraphNames,
        onMismatch: this.options.onMismatch,
      }),
    };
  }

  async stop(): Promise<void> {
    await this.inner.stop();
  }
}
