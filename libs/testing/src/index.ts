export * from './infra';
export * from './wait';
export * from './kafka-reader';
export * from './process';
export * from './event-collector';
export * from './service-app';
export * from './stats';
export * from './services';
