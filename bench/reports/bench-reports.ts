/**
 * `npm run bench:reports`: a synthetic quarter (default 20,000 petitions in 2026-Q3, plus 5,000 in
 * Q2 for the trend) with simulated handling, built from the shared citizen messages, written as
 * supervision's read-model rows through the consumers' own derivations (bulletinFactOf +
 * deriveBulletinRow, appraisalFactOf + deriveAppraisalRow; bulk writes instead of Kafka), then
 * every bulletin (a day, the three months, the quarter), the hot topics and the appraisal computed
 * and rendered (JSON, XLSX, PDF) by the service's own code on FerretDB. Prints timings per report
 * and the total; the last line is one JSON object with the figures. Documents go to
 * bench/results/reports-<stamp>/ (with page 1 of the quarterly PDF as PNG when pdftoppm exists).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { getConnectionToken } from '@nestjs/mongoose';
import type { Connection } from 'mongoose';
import { ManualClock, safeCollection } from '@sunshine/platform';
import { connectMongo, startServiceApp, testNamespace } from '@sunshine/testing';
import { appraisalFactOf, deriveAppraisalRow, type AppraisalFact } from '../../services/supervision/src/appraisal/appraisal-row';
import { appraisalReport } from '../../services/supervision/src/appraisal/appraisal-report';
import { AppraisalService } from '../../services/supervision/src/appraisal/appraisal.service';
import { AppModule } from '../../services/supervision/src/app.module';
import { bulletinDocument } from '../../services/supervision/src/bulletins/bulletin-document';
import { parsePeriod } from '../../services/supervision/src/bulletins/bulletin-period';
import { bulletinFactOf, deriveBulletinRow, type BulletinFact } from '../../services/supervision/src/bulletins/bulletin-row';
import { BulletinCaseRepository } from '../../services/supervision/src/bulletins/bulletin-case.repository';
import { BulletinsService } from '../../services/supervision/src/bulletins/bulletins.service';
import { renderPdf } from '../../services/supervision/src/documents/pdf';
import { renderXlsx } from '../../services/supervision/src/documents/xlsx';
import { HotTopicsService } from '../../services/supervision/src/hot-topics/hot-topics.service';
import { SERVICE } from '../../services/supervision/src/service';
import { loadMessages, simulateQuarter } from './simulate-quarter';

const { values: args } = parseArgs({
  options: {
    petitions: { type: 'string', default: '20000' },
    previous: { type: 'string', default: '5000' },
    seed: { type: 'string', default: '20261001' },
    keep: { type: 'boolean', default: false },
  },
});
const ROOT = join(__dirname, '..', '..');
const TZ = 'Asia/Shanghai';
const QUARTER = '2026-Q3';
const NOW = new Date('2026-10-01T00:30:00.000Z'); // 08:30 on 1 October in Shanghai: Q3 has ended
const BATCH = 1000;

const timings: { report: string; ms: number; bytes?: number }[] = [];
async function timed<T>(report: string, work: () => Promise<T>, size?: (result: T) => number): Promise<T> {
  const started = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - started);
  timings.push({ report, ms, ...(size ? { bytes: size(result) } : {}) });
  console.log(`${report.padEnd(42)} ${String(ms).padStart(7)} ms${size ? `  ${(size(result) / 1024).toFixed(0)} KiB` : ''}`);
  return result;
}

async function main(): Promise<void> {
  const total = performance.now();
  const messages = loadMessages(join(ROOT, '..', 'shared', 'data', 'citizen-messages'));
  const q3 = parsePeriod('quarterly', QUARTER, TZ)!;
  const q2 = parsePeriod('quarterly', '2026-Q2', TZ)!;
  const petitions = await timed('simulate the quarter (events)', async () => [
    ...simulateQuarter(messages, { petitions: Number(args.previous), start: q2.start, end: q2.end, now: NOW, seed: Number(args.seed) + 1 }),
    ...simulateQuarter(messages, { petitions: Number(args.petitions), start: q3.start, end: q3.end, now: NOW, seed: Number(args.seed) }),
  ]);
  const events = petitions.reduce((sum, p) => sum + p.events.length, 0);

  const namespace = testNamespace('bench-reports');
  const clock = new ManualClock(NOW);
  const service = await startServiceApp({ ...SERVICE, module: AppModule }, namespace, { SUPERVISION_BULLETINS_SCHEDULED: 'false', SUPERVISION_SCAN_MS: '86400000' }, { clock });
  const mongo = await connectMongo();
  try {
    const bulletinCases = service.app.get(BulletinCaseRepository);
    const connection = service.app.get<Connection>(getConnectionToken());
    const appraisalCases = safeCollection<Record<string, unknown> & { _id: string }>(connection, 'appraisal_cases');
    await timed('derive and write the read-model rows', async () => {
      for (let i = 0; i < petitions.length; i += BATCH) {
        const slice = petitions.slice(i, i + BATCH);
        const bulletinRecords: Parameters<BulletinCaseRepository['saveMany']>[0][number][] = [];
        const appraisalRecords: (Record<string, unknown> & { _id: string })[] = [];
        for (const { petitionId, events: list } of slice) {
          const facts = list.map((e) => bulletinFactOf(e)).filter((f): f is BulletinFact => !!f);
          const row = deriveBulletinRow(petitionId, facts, TZ);
          bulletinRecords.push({ petitionId, facts, row });
          const appraisalFacts = list.map((e) => appraisalFactOf(e)).filter((t) => t && t.petitionId === petitionId).map((t) => t!.fact as AppraisalFact);
          const appraisal = deriveAppraisalRow(petitionId, appraisalFacts, TZ);
          appraisalRecords.push({ _id: petitionId, facts: appraisalFacts, row: appraisal, derivedFrom: appraisalFacts.length, unitId: appraisal.unitId, quarter: appraisal.quarter, year: appraisal.year, processedEvents: appraisalFacts.map((f) => f.id), createdAt: NOW, updatedAt: NOW });
        }
        await bulletinCases.saveMany(bulletinRecords);
        await appraisalCases.insertMany(appraisalRecords, { ordered: false });
      }
    });

    const outDir = join(ROOT, 'bench', 'results', `reports-${new Date().toISOString().replace(/[:.]/g, '-')}`);
    mkdirSync(outDir, { recursive: true });
    const bulletins = service.app.get(BulletinsService);
    const reportStart = performance.now();
    const figures: Record<string, unknown> = {};
    const periods = [parsePeriod('daily', '2026-09-30', TZ)!, ...['2026-07', '2026-08', '2026-09'].map((m) => parsePeriod('monthly', m, TZ)!), q3];
    for (const period of periods) {
      const bulletin = await timed(`${period.kind} ${period.key} (JSON)`, () => bulletins.compute(period, NOW), (b) => JSON.stringify(b).length);
      const document = bulletinDocument(bulletin);
      const xlsx = await timed(`${period.kind} ${period.key} (XLSX)`, () => renderXlsx(document), (b) => b.length);
      const pdf = await timed(`${period.kind} ${period.key} (PDF)`, async () => (await renderPdf(document)).pdf, (b) => b.length);
      writeFileSync(join(outDir, `bulletin-${period.key}.json`), JSON.stringify(bulletin, null, 1));
      writeFileSync(join(outDir, `bulletin-${period.key}.xlsx`), xlsx);
      writeFileSync(join(outDir, `bulletin-${period.key}.pdf`), pdf);
      figures[period.key] = { ...bulletin.totals, namedUnits: bulletin.namedUnits.length };
    }
    const hot = await timed('hot topics 2026-Q3', () => service.app.get(HotTopicsService).list(q3.start.toISOString(), new Date(q3.end.getTime() - 1).toISOString(), 20));
    writeFileSync(join(outDir, 'hot-topics-2026-Q3.json'), JSON.stringify(hot, null, 1));
    const appraisals = service.app.get(AppraisalService);
    const appraisal = await timed('appraisal 2026-Q3 (JSON)', () => appraisals.view(QUARTER), (a) => JSON.stringify(a).length);
    // The appraisal's service reads its rows again for each document; the bench renders both from the one view, as it does for the bulletins.
    writeFileSync(join(outDir, 'appraisal-2026-Q3.xlsx'), await timed('appraisal 2026-Q3 (XLSX)', () => renderXlsx(appraisalReport(appraisal)), (b) => b.length));
    writeFileSync(join(outDir, 'appraisal-2026-Q3.pdf'), await timed('appraisal 2026-Q3 (PDF)', async () => (await renderPdf(appraisalReport(appraisal))).pdf, (b) => b.length));
    const reportsMs = Math.round(performance.now() - reportStart);
    const png = spawnSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', join(outDir, `bulletin-${QUARTER}.pdf`), join(outDir, 'quarterly-page-1')]);
    console.log(`reports total (bulletins, hot topics, appraisal): ${reportsMs} ms — target < 60000 ms; documents in ${outDir}`);
    const quarter = figures[QUARTER] as Record<string, number>;
    console.log(
      JSON.stringify({
        bench: 'reports',
        quarter: QUARTER,
        petitions: Number(args.petitions),
        previousQuarterPetitions: Number(args.previous),
        events,
        units: appraisal.units.length,
        reportsMs,
        totalMs: Math.round(performance.now() - total),
        withinTarget: reportsMs < 60_000,
        timings,
        figures,
        quarterOnTimeRate: quarter.onTimeRate,
        quarterSatisfactionRate: quarter.satisfactionRate,
        hotTopics: hot.topics.length,
        groupAlerts: hot.groupAlerts,
        topHeat: hot.topics[0]?.heat ?? null,
        appraisal: appraisal.units.map((u) => ({ unitId: u.unitId, score: u.score, grade: u.grade, rank: u.rank })),
        machine: { cpus: cpus().length, memGiB: Math.round(totalmem() / 2 ** 30) },
        outDir,
        quarterlyPng: png.status === 0 ? join(outDir, 'quarterly-page-1.png') : null,
      }),
    );
  } finally {
    if (!args.keep) await mongo.db(`${namespace}_supervision`).dropDatabase();
    await mongo.close();
    await service.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
