export * from './checkpoints';
export {
  type PaymentEventConsumer,
  type PaymentEventConsumerOptions,
  runPaymentEventConsumer,
} from './consumer';
export {
  type FetchOptions,
  type FetchPaymentEventsArgs,
  fetchPaymentEvents,
  type PaymentEventPage,
} from './fetch';
export {
  measurePaymentQueue,
  observePaymentQueue,
  type PaymentQueue,
  type PaymentQueueSource,
} from './queue-depth';
export {
  type PaymentEventSubscription,
  type SubscribeOptions,
  type SubscribePaymentEventsArgs,
  subscribePaymentEvents,
} from './subscribe';
export type { PaymentEvent, PaymentEventFilter, PaymentEventType, PaymentStatus } from './types';
export { PaymentEventsError } from './types';
