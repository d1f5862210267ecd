export * from './kafka';
export * from './outbox';
export * from './outbox-relay';
export * from './inbox';
export * from './errors';
export * from './consumer';
export * from './topics-admin';
