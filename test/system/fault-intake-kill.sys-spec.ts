import { Kafka, logLevel } from 'kafkajs';
import { Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import { EventCollector, KAFKA_BROKERS, startServices, testNamespace, waitUntil, type RunningSystem } from '@sunshine/testing';
import { http } from './support/system';

const PETITIONS = 120;

/**
 * Fault test: intake is killed (SIGKILL, like a crashed machine) in the middle of a stream of
 * submissions and started again. Clients retry what failed with the same Idempotency-Key, as the
 * API tells them to. Every petition acknowledged with 201 must reach routing exactly once in
 * effect; none may be lost or registered twice.
 */
describe('intake killed under load', () => {
  let system: RunningSystem;
  let collector: EventCollector;

  beforeAll(async () => {
    system = await startServices(testNamespace('fault'), ['intake', 'routing'], { routing: { ROUTING_INSTRUCTION_POLICY: 'none' } });
    const kafka = new Kafka({ clientId: 'fault-test', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
    collector = await new EventCollector(kafka, [physicalTopic({ namespace: system.namespace }, Topics.intake), physicalTopic({ namespace: system.namespace }, Topics.routing)]).start();
  }, 180_000);

  afterAll(async () => {
    await collector?.stop();
    await system?.stop();
  });

  it('loses no acknowledged petition and registers none twice', async () => {
    const submit = (i: number) =>
      http('POST', `${system.url.intake}/api/v1/petitions`, {
        headers: { 'idempotency-key': `fault-${system.namespace}-${i}` },
        body: { subject: `第${i}号：小区路灯不亮`, text: `第${i}号反映：我们小区${i}栋楼前的路灯坏了很久，晚上出行不安全，请尽快维修。`, petitioner: { phone: `139${String(10_000_000 + i).slice(-8)}` } },
      }).catch(() => ({ status: 0, body: null }));

    const receipts = new Map<number, { petitionId: string; caseNumber: string }>();
    const firstRound = Array.from({ length: PETITIONS }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, i * 25));
      const response = await submit(i);
      if (response.status === 201) receipts.set(i, response.body);
    });
    // Kill intake a third of the way in, then start it again.
    await new Promise((resolve) => setTimeout(resolve, (PETITIONS * 25) / 3));
    await system.processes.intake!.kill('SIGKILL');
    const restarted = system.restart('intake');
    await Promise.all(firstRound);
    await restarted;
    expect(receipts.size).toBeLessThan(PETITIONS); // the kill did interrupt some requests

    // Clients retry what did not get a 201, with the same key.
    await waitUntil(
      async () => {
        for (let i = 0; i < PETITIONS; i += 1) {
          if (receipts.has(i)) continue;
          const response = await submit(i);
          if (response.status === 201) receipts.set(i, response.body);
        }
        return receipts.size;
      },
      (n) => n === PETITIONS,
      { timeoutMs: 60_000, intervalMs: 500, message: 'every petition acknowledged' },
    );

    const acknowledged = new Set([...receipts.values()].map((r) => r.petitionId));
    expect(acknowledged.size).toBe(PETITIONS);
    expect(new Set([...receipts.values()].map((r) => r.caseNumber)).size).toBe(PETITIONS);

    // Every acknowledged petition reaches routing, which decides it once: triaged, or linked
    // to an earlier one (these similar reports may well be linked as one matter).
    const decisions = () => [...collector.events('petition.triaged'), ...collector.events('petition.duplicate-linked')];
    const decided = await waitUntil(
      () => [...new Set(decisions().map((e) => e.petitionId).filter((id) => acknowledged.has(id)))],
      (ids) => ids.length === PETITIONS,
      { timeoutMs: 90_000, intervalMs: 500, message: 'routing decided every acknowledged petition' },
    );
    expect(decided).toHaveLength(PETITIONS);
    const registered = collector.events('petition.registered');
    // Kafka may carry an event twice (a relay killed between publishing and marking) but never
    // two different registrations of one petition, and no registration of an unacknowledged one.
    const registrationIds = new Map<string, Set<string>>();
    for (const e of registered) registrationIds.set(e.petitionId, (registrationIds.get(e.petitionId) ?? new Set()).add(e.id));
    expect([...registrationIds.values()].every((ids) => ids.size === 1)).toBe(true);
    expect([...registrationIds.keys()].filter((id) => !acknowledged.has(id))).toEqual([]);
    const decisionIds = new Map<string, Set<string>>();
    for (const e of decisions()) decisionIds.set(e.petitionId, (decisionIds.get(e.petitionId) ?? new Set()).add(e.id));
    expect([...decisionIds.values()].every((ids) => ids.size === 1)).toBe(true);
  }, 300_000);
});
