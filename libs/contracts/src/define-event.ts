// class-transformer's @Type and the decorator metadata of payload classes need the Reflect API.
import 'reflect-metadata';
import type { Topic } from './topics';

export type PayloadClass<T = object> = new () => T;

/** What the catalogue knows about one event type. */
export interface EventDefinition<TType extends string = string, TPayload extends object = object> {
  type: TType;
  version: number;
  topic: Topic;
  payload: PayloadClass<TPayload>;
  /** One sentence for the AsyncAPI document and the service canvases. */
  summary: string;
}

export function defineEvent<TType extends string, TPayload extends object>(
  definition: EventDefinition<TType, TPayload>,
): EventDefinition<TType, TPayload> {
  return definition;
}
