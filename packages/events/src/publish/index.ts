export * from './event-args';
export { type EventsPageArgs, findEventsPage } from './events-page';
export { EventFeed, type EventFeedOptions, type FeedSubscriber } from './feed';
export * from './outbox';
export {
  type EventPayload,
  type EventSelection,
  openEventStream,
  type StreamOptions,
  SubscriberOverflowError,
} from './stream';
