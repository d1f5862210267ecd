/**
 * Sentence-embedding time per message, on real citizen messages (subject + text, as routing will
 * embed them), one text per model run, the embedder's default single thread.
 *
 *   node scripts/build.mjs --quiet && node services/routing/dist/eval/bench-embedding.js [--messages 300] [--threads 1] [--batch 1]
 *
 * Prints JSON: load time, median / p90 / p99 ms per message, tokenisation alone, token lengths.
 * Small on purpose (a few seconds of one core): the machine is shared.
 */
import { SentenceEmbedder } from '../intelligence/embedding/sentence-embedder';
import { citizenMessagesPath, readJsonl } from './eval-data';
import { percentile } from './latency-stats';

interface Message {
  subject: string;
  text: string;
}

function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

async function main(): Promise<void> {
  const count = argument('messages', 300);
  const threads = argument('threads', 1);
  const batchSize = argument('batch', 1);
  const texts = readJsonl<Message>(citizenMessagesPath('messages-with-likes.jsonl'))
    .slice(0, count)
    .map((message) => `${message.subject}。${message.text}`);

  let started = performance.now();
  const embedder = await SentenceEmbedder.load({ threads, batchSize });
  const loadMs = performance.now() - started;
  await embedder.embed(texts.slice(0, 5)); // warm-up

  const tokenMs: number[] = [];
  const lengths = texts.map((text) => {
    const from = performance.now();
    const length = embedder.tokenIds(text).length;
    tokenMs.push(performance.now() - from);
    return length;
  });

  const perMessage: number[] = [];
  for (let from = 0; from < texts.length; from += batchSize) {
    const batch = texts.slice(from, from + batchSize);
    started = performance.now();
    await embedder.embed(batch);
    const ms = (performance.now() - started) / batch.length;
    for (let i = 0; i < batch.length; i++) perMessage.push(ms);
  }
  await embedder.close();

  const round = (value: number) => Math.round(value * 100) / 100;
  const summary = {
    model: embedder.model.name,
    sha256: embedder.model.sha256,
    messages: texts.length,
    threads,
    batchSize,
    loadMs: Math.round(loadMs),
    msPerMessage: { median: round(percentile(perMessage, 50)), p90: round(percentile(perMessage, 90)), p99: round(percentile(perMessage, 99)) },
    tokeniseMsMedian: round(percentile(tokenMs, 50)),
    tokens: { median: percentile(lengths, 50), p90: percentile(lengths, 90), truncatedAt256: lengths.filter((length) => length >= 256).length },
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
