/**
 * Duplicate-detection benchmark: decision latency and memory with N stored petitions.
 *
 *   npm run -s bench:dedup [-- --sizes 100000,1000000 --queries 2000]
 *
 * The stored petitions are synthesised from the shared citizen messages by recombination:
 * each is three to five sentences of different real messages, so the index holds realistic
 * shingle and term distributions (hot words, shared estates) without a million real texts.
 * Sentences are analysed once and their features combined, which keeps building 1M fast.
 * Queries are real messages run through the full pipeline (text analysis + decision).
 * Writes bench/results/dedup-<time>.json and .md; prints the summary JSON on stdout.
 *
 * The figure is the decision (index lookup + verification + choice) at 1M stored, so it
 * is timed apart from text analysis. The script re-runs itself with a larger young generation
 * (--max-semi-space-size, see SEMI_SPACE_MB) unless the flag is given: with the default 16 MiB
 * semi-spaces, scavenges of the query path's short-lived objects land in the p99.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../classification/softmax-regression';
import { DEFAULT_SHAPE } from '../dedup/dedup-features';
import { DuplicateDetector } from '../dedup/duplicate-detector';
import { MinHasher } from '../dedup/minhash';
import { type StoredPetitionSignature } from '../dedup/petition-signature';
import { uniqueSorted } from '../text/shingles';
import { keyTerms } from '../text/term-weights';
import { TextAnalyzer } from '../text/text-analyzer';
import { citizenMessagesPath, readJsonl, REPO_ROOT } from './eval-data';
import { percentile } from './latency-stats';

interface Message {
  id: string;
  subject: string;
  text: string;
}

interface SentenceFeatures {
  shingles: Uint32Array;
  words: string[];
  entities: string[];
  names: string[];
  concepts: string[];
}

/** Young-generation semi-space for the benchmark process (MiB). */
const SEMI_SPACE_MB = 64;

const log = (message: string) => process.stderr.write(`${message}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
const memory = () => {
  gc?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, arrayBuffers: m.arrayBuffers };
};

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

function benchmark(size: number, sentences: SentenceFeatures[], queries: Message[], analyzer: TextAnalyzer) {
  const random = seededRandom(size);
  const hasher = new MinHasher(DEFAULT_SHAPE.hashes);
  const before = memory();
  const detector = new DuplicateDetector({}, analyzer);
  const now = Date.parse('2024-06-30T12:00:00+08:00');
  const windowMs = 180 * 24 * 3_600_000;
  const t0 = Date.now();
  for (let i = 0; i < size; i++) {
    const parts = 3 + Math.floor(random() * 3);
    const picked: SentenceFeatures[] = [];
    for (let p = 0; p < parts; p++) picked.push(sentences[Math.floor(random() * sentences.length)]);
    const total = picked.reduce((n, s) => n + s.shingles.length, 0);
    const shingles = new Uint32Array(total);
    let offset = 0;
    for (const s of picked) {
      shingles.set(s.shingles, offset);
      offset += s.shingles.length;
    }
    const unique = uniqueSorted(shingles);
    const entities = [...new Set(picked.flatMap((s) => s.entities))];
    const names = [...new Set(picked.flatMap((s) => s.names))].slice(0, 8);
    const concepts = [...new Set(picked.flatMap((s) => s.concepts))];
    const signature = hasher.signature(unique);
    const receivedAt = new Date(now - windowMs + Math.floor((i / size) * windowMs)).toISOString();
    const record: StoredPetitionSignature = {
      petitionId: `bench-${i}`,
      caseNumber: `SW-2024-${String(i).padStart(7, '0')}`,
      receivedAt,
      channel: 'web',
      identity: random() < 0.8 ? { phone: `p${Math.floor(random() * size)}` } : {},
      signature: [],
      shingleCount: unique.length,
      terms: keyTerms(picked.flatMap((s) => s.words), entities, DEFAULT_SHAPE.terms),
      keyEntities: entities,
      names,
      concepts,
      groupId: `bench-${i}`,
      state: random() < 0.7 ? 'closed' : 'open',
    };
    detector.add(record, { signature });
    if (i > 0 && i % 100_000 === 0) log(`  ${size}: ${i} stored (${Math.round((Date.now() - t0) / 1000)} s)`);
  }
  const buildSeconds = (Date.now() - t0) / 1000;
  const after = memory();
  // Warm up, then time real decisions (text analysis separately from the decision itself).
  const query = (q: Message, i: number) => ({
    petitionId: `query-${i}`,
    receivedAt: new Date(now + i * 1000),
    channel: 'web',
    subject: q.subject,
    text: q.text,
    identity: { phone: `p${Math.floor(random() * size)}` },
  });
  for (let i = 0; i < 200; i++) detector.decide(query(queries[i % queries.length], i));
  const decideMs: number[] = [];
  const totalMs: number[] = [];
  let linked = 0;
  for (let i = 0; i < queries.length; i++) {
    const petition = query(queries[i], i);
    const a = process.hrtime.bigint();
    const features = detector.features(petition);
    const b = process.hrtime.bigint();
    const decision = detector.decide(petition, features);
    const c = process.hrtime.bigint();
    if (decision.relation !== 'new') linked++;
    decideMs.push(Number(c - b) / 1e6);
    totalMs.push(Number(c - a) / 1e6);
  }
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    stored: size,
    buildSeconds,
    decisions: queries.length,
    decisionMs: { p50: r(percentile(decideMs, 50)), p90: r(percentile(decideMs, 90)), p99: r(percentile(decideMs, 99)), p999: r(percentile(decideMs, 99.9)), max: r(Math.max(...decideMs)) },
    analysisAndDecisionMs: { p50: r(percentile(totalMs, 50)), p99: r(percentile(totalMs, 99)) },
    linkedShare: r(linked / queries.length),
    memory: {
      indexTypedArrayBytes: detector.byteLength,
      heapDeltaBytes: after.heapUsed - before.heapUsed,
      rssDeltaBytes: after.rss - before.rss,
      arrayBuffersDeltaBytes: after.arrayBuffers - before.arrayBuffers,
      bytesPerPetition: Math.round((after.heapUsed - before.heapUsed + after.arrayBuffers - before.arrayBuffers) / size),
      gcExposed: Boolean(gc),
    },
  };
}

function main() {
  const sizes = flag('sizes', '100000,1000000').split(',').map(Number);
  const queryCount = Number(flag('queries', '2000'));
  const messages = [...readJsonl<Message>(citizenMessagesPath('messages-with-likes.jsonl')), ...readJsonl<Message>(citizenMessagesPath('messages-with-replies.jsonl'))];
  const analyzer = new TextAnalyzer();
  log(`analysing sentences of ${messages.length} messages`);
  const sentences: SentenceFeatures[] = [];
  for (const m of messages) {
    for (const sentence of m.text.split(/(?<=[。！？!?；;])/)) {
      if (sentence.length < 8) continue;
      const a = analyzer.analyze({ text: sentence });
      sentences.push({ shingles: a.shingles, words: a.contentWords, entities: a.keyEntities, names: a.names, concepts: a.concepts });
    }
  }
  const random = seededRandom(99);
  const queries = Array.from({ length: queryCount }, () => messages[Math.floor(random() * messages.length)]);
  const results = [];
  for (const size of sizes) {
    log(`building index of ${size} petitions`);
    results.push(benchmark(size, sentences, queries, analyzer));
  }
  const report = { node: process.version, execArgv: process.execArgv, sentences: sentences.length, shape: DEFAULT_SHAPE, results };
  const dir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  writeFileSync(join(dir, `dedup-${stamp}.json`), `${JSON.stringify(report, null, 2)}\n`);
  const rows = results.map(
    (r) =>
      `| ${r.stored.toLocaleString('en')} | ${r.decisionMs.p50} | ${r.decisionMs.p99} | ${r.analysisAndDecisionMs.p50} | ${r.analysisAndDecisionMs.p99} | ${(r.memory.heapDeltaBytes / 2 ** 20).toFixed(0)} MiB | ${(r.memory.rssDeltaBytes / 2 ** 20).toFixed(0)} MiB | ${r.memory.bytesPerPetition} | ${r.buildSeconds.toFixed(0)} s |`,
  );
  writeFileSync(
    join(dir, `dedup-${stamp}.md`),
    [
      `# Duplicate detection benchmark (${new Date().toISOString()}, Node ${process.version})`,
      '',
      '| stored | decide p50 ms | decide p99 ms | analyse+decide p50 ms | analyse+decide p99 ms | heap Δ | RSS Δ | bytes/petition | build |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
  return report;
}

if (process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) {
  process.stdout.write(`${JSON.stringify(main(), null, 2)}\n`);
} else {
  const child = spawnSync(process.execPath, [...process.execArgv, `--max-semi-space-size=${SEMI_SPACE_MB}`, ...process.argv.slice(1)], { stdio: 'inherit' });
  process.exitCode = child.status ?? 1;
}
