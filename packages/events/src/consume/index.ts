export * from './checkpoints';
export { type EventConsumer, type EventConsumerOptions, runEventConsumer } from './consumer';
export * from './exactly-once';
export { type EventPage, type FetchEventsArgs, type FetchOptions, fetchEvents } from './fetch';
export { applyPageOnce, isLockRefusal } from './pages';
export * from './payment-events';
export {
  type EventQueue,
  type EventQueueSource,
  measureEventQueue,
  observeEventQueue,
} from './queue-depth';
export { type EventSource, EventsApiError, type SourcedEvent } from './source';
export {
  type EventSubscription,
  type SubscribeEventsArgs,
  type SubscribeOptions,
  subscribeEvents,
} from './subscribe';
export * from './sync-events';
