import { normalizeText } from '../text/normalize-text';

/** What the petitioner wants (MISSION 2.2); values match the contracts' PetitionKinds. */
export type PetitionKind = 'suggestion' | 'consultation' | 'request' | 'complaint' | 'report';

export interface KindDecision {
  kind: PetitionKind;
  /** The cue words that decided it, for the registrar to check at a glance. */
  cues: string[];
}

/**
 * Transparent cue-word rules, strongest first. A report (检举控告) must never be missed — its
 * writer's identity is sealed from the accused — so it wins over everything; a complaint
 * about a unit's conduct beats a plain request; questions and proposals follow.
 */
const RULES: { kind: PetitionKind; cues: RegExp }[] = [
  { kind: 'report', cues: /举报|检举|控告|揭发|贪污|受贿|行贿|索贿|挪用|侵吞|套取|冒领|吃空饷|权钱交易|充当保护伞|违纪/g },
  { kind: 'complaint', cues: /投诉|不作为|乱作为|态度恶劣|态度差|态度蛮横|推诿|踢皮球|敷衍|刁难|不闻不问|失职/g },
  { kind: 'consultation', cues: /请问|咨询|想问|想了解|是否可以|能否告知|如何办理|怎么办理|怎样办理|需要(?:哪些|什么)材料|什么时候|何时|多少钱|标准是多少|有没有政策|是否符合|是否合法/g },
  { kind: 'suggestion', cues: /建议|提议|倡议|希望能够|希望能|能否考虑|可否|是否可以考虑|呼吁/g },
];

/**
 * Triage of the petition's kind: suggestion 建议, consultation 咨询, request 求决 (the default:
 * a problem to be solved), complaint 投诉, report 检举控告. The subject counts double since
 * writers state their intent there ("投诉…", "咨询…", "建议…").
 */
export function triageKind(input: { subject?: string; text: string }): KindDecision {
  const subject = normalizeText(input.subject ?? '');
  const text = normalizeText(input.text);
  let best: KindDecision = { kind: 'request', cues: [] };
  let bestScore = 0;
  for (const rule of RULES) {
    const inSubject = subject.match(rule.cues) ?? [];
    const inText = text.match(rule.cues) ?? [];
    const score = 2 * inSubject.length + inText.length;
    // Rules are ordered by precedence: a later kind must score strictly more to win, and a
    // report needs only one cue.
    if (score > 0 && (bestScore === 0 || score > bestScore * 2)) {
      best = { kind: rule.kind, cues: [...new Set([...inSubject, ...inText])] };
      bestScore = rule.kind === 'report' ? Number.POSITIVE_INFINITY : score;
    }
  }
  return best;
}
