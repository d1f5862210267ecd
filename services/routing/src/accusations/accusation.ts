import { normalizeText } from '../text/normalize-text';
import type { Unit } from '../routing/unit-catalogue';

/**
 * Is this petition a report (检举控告) accusing an official or a unit, and which units of the
 * catalogue does it accuse? 信访工作条例 art. 45 forbids passing a report or its writer's
 * identity to the people it accuses (docs/decisions/0004-personal-data.md), so a report is
 * sealed: confidential even when nobody ticked the box, put to a leader, and never given to an
 * accused unit.
 *
 * The lexicon is small and precise rather than broad: ordinary petitions say 举报 about shops,
 * noise and building sites every day ("举报某小区违建"), and they must not be sealed. A text is
 * a report when it names misconduct of office — corruption outright (贪污, 受贿, 索贿 …), or a
 * breach of duty (渎职, 违纪, 不作为 …) together with an accusation verb (检举, 控告, 举报, 揭发)
 * — AND an official or a unit as the one who did it (a title such as 局长/队长/干部, or a unit's
 * name or alias). Measured on 2,000 ordinary messages of the public board data (see
 * accusation.spec.ts and the routing canvas).
 */

/** Corruption of office: a report on its own when an official or a unit is named. */
export const CORRUPTION_TERMS = [
  '贪污', '受贿', '索贿', '行贿', '索要好处', '收取好处', '收好处', '收受', '挪用公款', '侵吞',
  '吃拿卡要', '权钱交易', '充当保护伞', '当保护伞', '以权谋私', '滥用职权', '徇私枉法', '徇私舞弊', '贪腐', '公款吃喝',
  '吃空饷', '利益输送',
] as const;

/**
 * Breaches of duty and suspicions: a report only with an accusation verb in the same sentence
 * (else they are complaints, 投诉, or rhetoric: "政府不是黑恶势力的保护伞").
 */
export const MISCONDUCT_TERMS = [
  '渎职', '违纪', '违法乱纪', '不作为', '失职', '包庇', '纵容', '乱作为', '私分', '截留', '克扣', '套取', '冒领', '保护伞', '腐败',
] as const;

/** The writer accuses (检举控告). */
export const ACCUSATION_VERBS = ['检举', '控告', '举报', '揭发'] as const;

/** Who can be accused: officials by title, and staff of a public body. */
const OFFICIAL = /(?:局长|队长|所长|站长|科长|股长|主任|书记|镇长|乡长|区长|县长|村长|支书|干部|官员|公职人员|工作人员|负责人|执法人员|队员|民警|警察|警官|领导干部|公务员|政府|分局|派出所)/;

/** Words before a unit that make it the addressee of the report, not the accused. */
const ADDRESSEE_BEFORE = /(?:向|请|恳请|希望|要求|建议|由|呼吁|交给|转给|致)$/;

/** Bodies that receive reports; naming them never accuses them. */
const RECEIVING_BODIES = new Set(['discipline-commission']);

export interface AccusationFinding {
  /** Triaged as 检举控告. */
  report: boolean;
  /** The words that decided it, for the registrar and the leader to check. */
  cues: string[];
  /** Catalogue units the text accuses (or whose officials it accuses); empty when none is named. */
  accusedUnitIds: string[];
}

const SENTENCE_END = /[。!?;\n]+/;

/** 举报 that only tells of earlier reports of a matter ("经业主多次举报", "举报无果"), not an accusation. */
const PAST_REPORTING = /(?:被|多次|曾经?|已经?|反复|一直|屡次|屡屡)举报|举报(?:后|无果|过|了|一直)/g;
const accusationVerbs = (sentence: string) => found(sentence.replace(PAST_REPORTING, ''), ACCUSATION_VERBS);

/** The names a unit is written by: its name, its name without 区, and its aliases. */
export function unitNames(unit: Pick<Unit, 'name' | 'aliases'>): string[] {
  const names = new Set<string>([unit.name, ...(unit.aliases ?? [])]);
  if (unit.name.startsWith('区') && unit.name.length > 3) names.add(unit.name.slice(1));
  return [...names].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
}

const found = (text: string, terms: readonly string[]) => terms.filter((t) => text.includes(t));

/** Units mentioned in a sentence as possible wrongdoers (not as addressees). */
function unitsMentioned(sentence: string, units: readonly Pick<Unit, 'id' | 'name' | 'aliases'>[]): string[] {
  const ids: string[] = [];
  for (const unit of units) {
    if (RECEIVING_BODIES.has(unit.id)) continue;
    for (const name of unitNames(unit)) {
      let at = sentence.indexOf(name);
      let accused = false;
      while (at >= 0 && !accused) {
        if (!ADDRESSEE_BEFORE.test(sentence.slice(Math.max(0, at - 2), at))) accused = true;
        at = sentence.indexOf(name, at + name.length);
      }
      if (accused) {
        ids.push(unit.id);
        break;
      }
    }
  }
  return ids;
}

/**
 * Detects a report and the units it accuses. A unit is accused when it is named (by name or
 * alias, not as the one asked to act: "向纪委举报", "请公安局调查") in a sentence that names the
 * misconduct or the accusation — which covers an official named by title ("城管局的某队长
 * 索要好处费") and the township of a village official ("沙湾镇某村支书贪污").
 */
export function detectAccusation(
  input: { subject?: string; text: string },
  units: readonly Pick<Unit, 'id' | 'name' | 'aliases'>[],
  /** Already known to be a report (the box ticked, the channel's kind): only which units it accuses is asked. */
  knownReport = false,
): AccusationFinding {
  const whole = normalizeText(`${input.subject ?? ''}。${input.text}`);
  const corruption = found(whole, CORRUPTION_TERMS);
  const misconduct = found(whole, MISCONDUCT_TERMS);
  const verbs = accusationVerbs(whole);
  const sentences = whole.split(SENTENCE_END).filter(Boolean);

  const accused = new Set<string>();
  const cues = new Set<string>();
  for (const sentence of sentences) {
    const mentioned = unitsMentioned(sentence, units);
    const official = mentioned.length > 0 || OFFICIAL.test(sentence);
    const sentenceVerbs = accusationVerbs(sentence);
    // Corruption by someone in office, or a breach of duty the writer accuses in so many words.
    const wrongs = [...found(sentence, CORRUPTION_TERMS), ...(sentenceVerbs.length ? found(sentence, MISCONDUCT_TERMS) : [])];
    if (official && wrongs.length) {
      for (const cue of [...sentenceVerbs, ...wrongs]) cues.add(cue);
      for (const id of mentioned) accused.add(id);
    } else if (sentenceVerbs.length && (knownReport || corruption.length || (misconduct.length && verbs.length))) {
      // The accusation sentence ("我要实名举报城管局") names the accused; the misconduct is elsewhere.
      for (const id of mentioned) accused.add(id);
    }
  }
  if (knownReport) {
    // A report by its box or channel: a unit named beside any misconduct is accused too.
    for (const sentence of sentences) if (found(sentence, [...CORRUPTION_TERMS, ...MISCONDUCT_TERMS]).length) for (const id of unitsMentioned(sentence, units)) accused.add(id);
  }
  const report = knownReport || cues.size > 0;
  return { report, cues: [...cues], accusedUnitIds: report ? [...accused] : [] };
}

/** The ids without the accused ones (a sealed item's units). */
export function withoutAccused(unitIds: readonly string[], accusedUnitIds: readonly string[] | undefined): string[] {
  return accusedUnitIds?.length ? unitIds.filter((id) => !accusedUnitIds.includes(id)) : [...unitIds];
}
