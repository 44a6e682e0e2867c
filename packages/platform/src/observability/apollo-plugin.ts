import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { currentRequest } from './request-scope';

/** The caller's id from a context that carries a viewer (the gateway's and every subgraph's do). */
function callerIdOf(context: unknown): string | undefined {
  if (typeof context !== 'object' || context === null || !('viewer' in context)) return undefined;
  const { viewer } = context;
  if (typeof viewer !== 'object' || viewer === null || !('id' in viewer)) return undefined;
  return typeof viewer.id === 'string' && viewer.id !== '' ? viewer.id : undefined;
}

/**
 * Fills the record of the request being served (request-scope.ts) from Apollo Server's view of it: the caller,
 * the operation's name once its document validated, whether it ran, and how many errors it answered with.
 */
export function requestRecordPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = currentRequest();
      if (!record) return;
      record.callerId = callerIdOf(contextValue);
      return {
        async didResolveOperation({ operationName }) {
          record.operationName = operationName ?? 'anonymous';
        },
        async executionDidStart() {
          record.executed = true;
        },
        async willSendResponse({ response }) {
          if (response.body.kind === 'single')
            record.errorCount = response.body.singleResult.errors?.length ?? 0;
        },
      };
    },
  };
}
