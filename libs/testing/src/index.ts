export * from './infra';
export * from './wait';
export * from './kafka-reader';
export * from './process';
