import type { Server } from 'node:http';
import request from 'supertest';
import type { Producer } from 'kafkajs';
import type { MongoClient } from 'mongodb';
import { v7 as uuidv7 } from 'uuid';
import { Topics, type DomainEvent, type PayloadOf } from '@sunshine/contracts';
import { signDevToken } from '@sunshine/auth';
import { createIdempotentProducer, physicalTopic } from '@sunshine/messaging';
import { connectMongo, EventCollector, eventFor, publishEvent, startServiceApp, testKafka, testNamespace, waitUntil, type TestServiceApp } from '@sunshine/testing';
import { AppModule } from '../../src/app.module';
import { SERVICE } from '../../src/service';

export const DAY = 86_400_000;
export const ECOLOGY = 'ecology-environment-bureau';
export const JIAYANG = 'town-jiayang';
export const HOUSING = 'housing-construction-bureau';
export const LAW = 'law-enforcement-bureau';

/**
 * The handling service in-process on the real Kafka and FerretDB, with tokens for units, leaders
 * and the joint office, and helpers to arrange cases the way routing sends them.
 */
export async function startWorkbench(name: string, env: Record<string, string> = {}) {
  const namespace = testNamespace(name);
  const kafka = testKafka(namespace);
  const service: TestServiceApp = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, env);
  const server: Server = service.server.listen(0);
  const events = await new EventCollector(kafka, [physicalTopic({ namespace }, Topics.handling), physicalTopic({ namespace }, `${Topics.routing}.dlq`)]).start();
  const mongo: MongoClient = await connectMongo();
  const producer: Producer = createIdempotentProducer(kafka);
  await producer.connect();
  const token: Record<string, string> = {};
  for (const unit of [ECOLOGY, JIAYANG, HOUSING, LAW]) token[unit] = await signDevToken({ roles: ['unit'], unitId: unit, subject: `staff-${unit}` });
  token.secretary = await signDevToken({ roles: ['leader'], leaderId: 'party-secretary', subject: 'leader-party-secretary' });
  token.head = await signDevToken({ roles: ['leader'], leaderId: 'district-head', subject: 'leader-district-head' });
  token.anonymousLeader = await signDevToken({ roles: ['leader'], subject: 'leader-without-id' });
  token.jointOffice = await signDevToken({ roles: ['joint-office'], subject: 'joint-office-1' });
  token.supervisor = await signDevToken({ roles: ['supervisor'] });

  const cases = () => mongo.db(`${namespace}_handling`).collection('cases');
  const publish = (event: DomainEvent, raw?: object) => publishEvent(producer, namespace, event, { raw });
  let sequence = 0;
  const base = 100_000 + Math.floor(Math.random() * 800_000);

  async function assignedCase(payload: Partial<PayloadOf<'petition.assigned'>> = {}) {
    const petitionId = uuidv7();
    sequence += 1;
    const caseNumber = `SW-2026-${String(base + sequence).padStart(6, '0')}`;
    const event = eventFor('petition.assigned', petitionId, { caseNumber, leadUnitId: ECOLOGY, leadUnitName: '区生态环境局', assistingUnitIds: [], ...payload });
    await publish(event);
    await waitUntil(() => cases().findOne({ _id: petitionId as never }), Boolean, { message: `case ${petitionId}` });
    return { petitionId, caseNumber, event };
  }

  const get = (path: string, who: string) => request(server).get(path).set('Authorization', `Bearer ${token[who]}`);
  const post = (path: string, who: string, body: object = {}) => request(server).post(path).set('Authorization', `Bearer ${token[who]}`).send(body);

  /** Arrange what only time would do (a deadline passed, a window closed): the stored dates move back. */
  const setDates = (petitionId: string, dates: Record<string, Date>) => cases().updateOne({ _id: petitionId as never }, { $set: dates });

  async function acceptedCase(payload: Partial<PayloadOf<'petition.assigned'>> = {}) {
    const arranged = await assignedCase(payload);
    const accepted = await post(`/api/v1/cases/${arranged.petitionId}/accept`, payload.leadUnitId ?? ECOLOGY);
    if (accepted.status !== 200) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
    return arranged;
  }

  async function close() {
    await producer.disconnect();
    await events.stop();
    server.close();
    await service.close();
    await mongo.db(`${namespace}_handling`).dropDatabase();
    await mongo.close();
  }

  return { namespace, service, server, events, mongo, token, cases, publish, assignedCase, acceptedCase, get, post, setDates, close };
}

export type Workbench = Awaited<ReturnType<typeof startWorkbench>>;
