// npm run bench [-- --count 5000 --rate 10 --rise-to 60 --concurrency 64 --instruction-policy none]
//
// The registration → assignment pipeline under load, and in the same run, on the same machine,
// the raw ceilings of its two substrates: kafkajs produce + consume of as many messages of the
// same size, and plain MongoDB-driver inserts of the same petition documents. Petitions are built
// from ../shared/data/citizen-messages/messages-with-likes.jsonl. Writes JSON and markdown to
// bench/results/ (git-ignored). A benchmark, not a test: it asserts nothing.
//
// A petition has gone through routing when routing has decided it: assigned to a unit, linked
// as a duplicate, or queued for a leader's instruction (批示). The default instruction policy here
// is `none`, so every new matter is assigned and the path measured is registered → assigned;
// `--instruction-policy selective` measures the production default, where a leader's queue ends
// the automatic path for some petitions.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { MongoClient } from 'mongodb';
import { createEvent, fixtureOf, Topics } from '@sunshine/contracts';
import { physicalTopic } from '@sunshine/messaging';
import {
  EventCollector,
  KAFKA_BROKERS,
  MONGO_URL,
  percentiles,
  REPO_ROOT,
  startServices,
  testNamespace,
  type Percentiles,
} from '@sunshine/testing';

const { values: args } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '10' },
    'rise-to': { type: 'string', default: '60' },
    'instruction-policy': { type: 'string', default: 'none' },
    concurrency: { type: 'string', default: '64' },
    data: { type: 'string' },
  },
});
const COUNT = Number(args.count);
const FIXED_RATE = Number(args.rate);
const RISE_TO = Number(args['rise-to']);
const MAX_IN_FLIGHT = Number(args.concurrency);
const INSTRUCTION_POLICY = args['instruction-policy']!;
/** Routing's decisions on a registered petition; the first one ends the measured path. */
const DECISIONS = ['petition.assigned', 'petition.duplicate-linked', 'petition.instruction-requested'] as const;
const DATA = args.data ?? join(process.env.SUNSHINE_SHARED_DIR ?? join(REPO_ROOT, '..', 'shared'), 'data/citizen-messages/messages-with-likes.jsonl');

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Message {
  user: string;
  subject: string;
  text: string;
}

function loadCorpus(): Message[] {
  return readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Message)
    .filter((m) => m.subject && m.text);
}

/** A synthetic but stable petitioner per board user: same user, same phone. */
function petitionerOf(user: string) {
  let h = 0;
  for (const c of user) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return { name: `用户${user.slice(-4)}`, phone: `139${String(h % 100_000_000).padStart(8, '0')}` };
}

function bodies(corpus: Message[], count: number) {
  return Array.from({ length: count }, (_, i) => {
    const m = corpus[i % corpus.length];
    // Beyond the corpus, vary the text so repeats of the file are not exact duplicates.
    const suffix = i >= corpus.length ? `（第${Math.floor(i / corpus.length) + 1}次反映）` : '';
    return { subject: m.subject.slice(0, 200), text: `${m.text.slice(0, 9_900)}${suffix}`, petitioner: petitionerOf(m.user) };
  });
}

// ---------------------------------------------------------------------------------------------
// ceilings

async function kafkaCeiling(namespace: string, values: string[]): Promise<{ messagesPerSecond: number; seconds: number }> {
  const kafka = new Kafka({ clientId: 'bench-ceiling', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING });
  const topic = `${namespace}.ceiling`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${namespace}-ceiling` });
  await Promise.all([producer.connect(), consumer.connect()]);
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let received = 0;
  let done!: () => void;
  const all = new Promise<void>((resolve) => (done = resolve));
  await consumer.run({
    eachMessage: async () => {
      if (++received === values.length) done();
    },
  });
  await sleep(1000); // let the group settle before the clock starts
  const started = process.hrtime.bigint();
  for (let i = 0; i < values.length; i += 100) {
    await producer.send({
      topic,
      acks: -1,
      messages: values.slice(i, i + 100).map((value, j) => ({ key: `k${i + j}`, value })),
    });
  }
  await all;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await Promise.all([producer.disconnect(), consumer.disconnect()]);
  return { messagesPerSecond: values.length / seconds, seconds };
}

async function mongoCeiling(namespace: string, documents: object[]): Promise<{ insertsPerSecond: number; seconds: number }> {
  const client = await MongoClient.connect(MONGO_URL, { maxPoolSize: MAX_IN_FLIGHT });
  const collection = client.db(`${namespace}_ceiling`).collection('petitions');
  await collection.insertOne({ _id: 'warm-up' as never });
  const started = process.hrtime.bigint();
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(MAX_IN_FLIGHT, documents.length) }, async () => {
      while (next < documents.length) {
        const doc = documents[next++];
        await collection.insertOne({ ...doc });
      }
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await client.db(`${namespace}_ceiling`).dropDatabase();
  await client.close();
  return { insertsPerSecond: documents.length / seconds, seconds };
}

// ---------------------------------------------------------------------------------------------
// the pipeline

interface Sample {
  phase: 'fixed' | 'rising';
  offeredRate: number;
  sentAt: number;
  answeredAt?: number;
  status?: number;
  petitionId?: string;
}

async function drive(intakeUrl: string, payloads: ReturnType<typeof bodies>): Promise<Sample[]> {
  const half = Math.floor(payloads.length / 2);
  const samples: Sample[] = [];
  let inFlight = 0;
  const started = performance.now();
  let due = started;
  const pending: Promise<void>[] = [];
  for (let i = 0; i < payloads.length; i += 1) {
    const phase = i < half ? 'fixed' : 'rising';
    const rate = phase === 'fixed' ? FIXED_RATE : FIXED_RATE + ((RISE_TO - FIXED_RATE) * (i - half)) / Math.max(1, payloads.length - half - 1);
    due += 1000 / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    while (inFlight >= MAX_IN_FLIGHT) await sleep(1);
    const sample: Sample = { phase, offeredRate: rate, sentAt: Date.now() };
    samples.push(sample);
    inFlight += 1;
    pending.push(
      fetch(`${intakeUrl}/api/v1/petitions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `bench-${i}-${randomBytes(4).toString('hex')}` },
        body: JSON.stringify(payloads[i]),
      })
        .then(async (response) => {
          sample.status = response.status;
          sample.answeredAt = Date.now();
          if (response.status === 201) sample.petitionId = ((await response.json()) as { petitionId: string }).petitionId;
          else await response.text();
        })
        .catch(() => {
          sample.status = 0;
        })
        .finally(() => {
          inFlight -= 1;
        }),
    );
    if (i % 500 === 499) log(`sent ${i + 1}/${payloads.length} (offered ${rate.toFixed(1)}/s)`);
  }
  await Promise.all(pending);
  return samples;
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

async function main() {
  const corpus = loadCorpus();
  const payloads = bodies(corpus, COUNT);
  const namespace = testNamespace('bench');
  log(`corpus ${corpus.length} messages; ${COUNT} petitions; fixed ${FIXED_RATE}/s then rising to ${RISE_TO}/s; ≤ ${MAX_IN_FLIGHT} in flight`);

  // Same number and size of messages as the pipeline's petition.registered events.
  const sampleEvents = payloads.map((p, i) =>
    JSON.stringify(
      createEvent('petition.registered', { petitionId: `bench-${i}` }, { ...fixtureOf('petition.registered').payload, subject: p.subject, text: p.text }, {
        producer: 'intake',
        correlationId: 'bench',
      }),
    ),
  );
  const meanBytes = sampleEvents.reduce((s, v) => s + Buffer.byteLength(v), 0) / sampleEvents.length;
  log('ceiling 1/2: kafkajs produce + consume…');
  const kafka = await kafkaCeiling(namespace, sampleEvents);
  log(`  ${round(kafka.messagesPerSecond)} msg/s`);
  log('ceiling 2/2: MongoDB driver inserts…');
  const mongo = await mongoCeiling(
    namespace,
    payloads.map((p, i) => ({ _id: `bench-${i}`, subject: p.subject, text: p.text, receivedAt: new Date(), outbox: [{ value: sampleEvents[i] }] })),
  );
  log(`  ${round(mongo.insertsPerSecond)} inserts/s`);

  log('starting intake and routing…');
  const system = await startServices(namespace, ['intake', 'routing'], {
    all: { LOG_LEVEL: 'warn', INTAKE_PUBLIC_RATE_LIMIT: '1000000', OUTBOX_SWEEP_MS: '30000', ROUTING_INSTRUCTION_POLICY: INSTRUCTION_POLICY },
  });
  const collector = await new EventCollector(new Kafka({ clientId: 'bench', brokers: KAFKA_BROKERS, logLevel: logLevel.NOTHING }), [
    physicalTopic({ namespace }, Topics.routing),
    physicalTopic({ namespace }, Topics.intake),
  ]).start();
  const arrivals = new Map<string, number>();
  const decisionOf = new Map<string, string>();
  const registeredAt = new Map<string, number>();
  const origPush = collector.messages.push.bind(collector.messages);
  collector.messages.push = (...items) => {
    const now = Date.now();
    for (const item of items) {
      const value = item.value as { type?: string; petitionId?: string; occurredAt?: string };
      if (!value?.petitionId) continue;
      if ((DECISIONS as readonly string[]).includes(value.type!) && !arrivals.has(value.petitionId)) {
        arrivals.set(value.petitionId, now);
        decisionOf.set(value.petitionId, value.type!);
      }
      if (value.type === 'petition.registered') registeredAt.set(value.petitionId, Date.parse(value.occurredAt!));
    }
    return origPush(...items);
  };

  let samples: Sample[] = [];
  try {
    samples = await drive(system.url.intake, payloads);
    const accepted = samples.filter((s) => s.status === 201);
    const deadline = Date.now() + 120_000;
    while (accepted.some((s) => !arrivals.has(s.petitionId!)) && Date.now() < deadline) await sleep(200);
  } finally {
    await collector.stop();
    await system.stop();
  }

  const phase = (name: Sample['phase']) => {
    const ok = samples.filter((s) => s.phase === name && s.status === 201 && arrivals.has(s.petitionId!));
    const endToEnd = ok.map((s) => arrivals.get(s.petitionId!)! - s.sentAt);
    const registeredToAssigned = ok.filter((s) => registeredAt.has(s.petitionId!)).map((s) => arrivals.get(s.petitionId!)! - registeredAt.get(s.petitionId!)!);
    const answer = ok.map((s) => s.answeredAt! - s.sentAt);
    const first = Math.min(...ok.map((s) => s.sentAt));
    const last = Math.max(...ok.map((s) => arrivals.get(s.petitionId!)!));
    const decisions = Object.fromEntries(DECISIONS.map((type) => [type, ok.filter((s) => decisionOf.get(s.petitionId!) === type).length]));
    return {
      offered: samples.filter((s) => s.phase === name).length,
      completed: ok.length,
      decisions,
      errors: samples.filter((s) => s.phase === name && s.status !== 201).length,
      throughputPerSecond: round(ok.length / ((last - first) / 1000)),
      latencyMs: {
        registeredToAssigned: percentiles(registeredToAssigned),
        submitToAssigned: percentiles(endToEnd),
        http201: percentiles(answer),
      },
    };
  };
  const fixed = phase('fixed');
  const rising = phase('rising');

  // The highest offered rate the pipeline kept up with: the last one-second window of the rising
  // phase whose petitions were all assigned within 2 s of being sent.
  const windows = new Map<number, Sample[]>();
  for (const s of samples.filter((x) => x.phase === 'rising')) {
    const key = Math.floor((s.sentAt - samples[0].sentAt) / 1000);
    windows.set(key, [...(windows.get(key) ?? []), s]);
  }
  let keptUpAt = 0;
  for (const [, window] of [...windows].sort((a, b) => a[0] - b[0])) {
    const fine = window.every((s) => s.status === 201 && arrivals.has(s.petitionId!) && arrivals.get(s.petitionId!)! - s.sentAt <= 2000);
    if (fine) keptUpAt = Math.max(keptUpAt, window.length);
  }

  const sustained = Math.max(fixed.throughputPerSecond, keptUpAt);
  const report = {
    date: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: round(totalmem() / 2 ** 30),
      freeMemoryGiB: round(freemem() / 2 ** 30),
      loadAverage: loadavg().map((n) => round(n, 2)),
      node: process.version,
    },
    settings: {
      count: COUNT,
      fixedRate: FIXED_RATE,
      riseTo: RISE_TO,
      maxInFlight: MAX_IN_FLIGHT,
      instructionPolicy: INSTRUCTION_POLICY,
      meanMessageBytes: Math.round(meanBytes),
    },
    ceilings: {
      kafkaProduceConsumePerSecond: round(kafka.messagesPerSecond),
      mongoInsertsPerSecond: round(mongo.insertsPerSecond),
    },
    pipeline: { fixed, rising, keptUpWithOfferedRatePerSecond: keptUpAt, sustainedPerSecond: sustained },
    ratios: {
      pipelineToKafka: round(sustained / kafka.messagesPerSecond, 3),
      pipelineToMongo: round(sustained / mongo.insertsPerSecond, 3),
    },
  };

  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = report.date.replace(/[:.]/g, '-');
  writeFileSync(join(dir, `pipeline-${stamp}.json`), JSON.stringify(report, null, 2));
  const p = (x: Percentiles) => `${x.p50} / ${x.p95} / ${x.p99}`;
  const decisionCounts = (x: { decisions: Record<string, number> }) => DECISIONS.map((type) => x.decisions[type]).join(' / ');
  const markdown = `# Pipeline benchmark — ${report.date}

Machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, load ${report.machine.loadAverage.join(' ')}.
Local stack: Kafka 4.1.1 (single KRaft node), FerretDB v1.24.2 (SQLite). Services: intake and routing as processes.
${COUNT} petitions from messages-with-likes.jsonl (mean event ${Math.round(meanBytes)} bytes); ≤ ${MAX_IN_FLIGHT} requests in flight; instruction policy \`${INSTRUCTION_POLICY}\`.
"Assigned" below means routing's decision: assigned to a unit, linked as a duplicate, or queued for a leader.

| | fixed ${FIXED_RATE}/s | rising ${FIXED_RATE}→${RISE_TO}/s |
|---|---|---|
| completed / offered | ${fixed.completed} / ${fixed.offered} | ${rising.completed} / ${rising.offered} |
| errors | ${fixed.errors} | ${rising.errors} |
| assigned / linked as duplicate / queued for a leader | ${decisionCounts(fixed)} | ${decisionCounts(rising)} |
| throughput registered → assigned (/s) | ${fixed.throughputPerSecond} | ${rising.throughputPerSecond} |
| registered → assigned p50 / p95 / p99 (ms) | ${p(fixed.latencyMs.registeredToAssigned)} | ${p(rising.latencyMs.registeredToAssigned)} |
| submit → assigned p50 / p95 / p99 (ms) | ${p(fixed.latencyMs.submitToAssigned)} | ${p(rising.latencyMs.submitToAssigned)} |
| HTTP 201 p50 / p95 / p99 (ms) | ${p(fixed.latencyMs.http201)} | ${p(rising.latencyMs.http201)} |

Highest offered rate fully kept up with (every petition assigned within 2 s): **${keptUpAt}/s**. Sustained: **${sustained}/s**.

| ceiling, same run | per second | pipeline ÷ ceiling |
|---|---|---|
| kafkajs produce + consume, ${COUNT} messages of the same size | ${report.ceilings.kafkaProduceConsumePerSecond} | ${report.ratios.pipelineToKafka} |
| MongoDB driver insertOne of the same documents (${MAX_IN_FLIGHT} concurrent) | ${report.ceilings.mongoInsertsPerSecond} | ${report.ratios.pipelineToMongo} |
`;
  writeFileSync(join(dir, `pipeline-${stamp}.md`), markdown);
  process.stdout.write(`${markdown}\nwritten to bench/results/pipeline-${stamp}.{json,md}\n`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

