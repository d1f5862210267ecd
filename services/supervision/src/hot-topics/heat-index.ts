/**
 * Hot topics and group early warning (热点难点、群体性苗头, MISSION 3.1). A topic is a matter:
 * routing's same-matter group (`petition.duplicate-linked` puts a petition into its original's
 * matter; a petition never linked is a matter of one). Matters are ranked by the heat index
 *
 *   H = (0.4·ln(1+messages) + 0.3·ln(1+petitioners) + 0.2·ln(1+max(0, support)) + 0.1·ln(1+repeats))
 *       × e^(−Δt/τ) × T,        T = min(3, this week ÷ mean of the four weeks before)
 *
 * over the petitions of the window [from, to]: messages = petitions, petitioners = distinct
 * petitioners (an anonymous petition counts as one of its own), support = likes where the channel
 * carries them, else co-petitioners (petitioners − 1), repeats = petitions linked as repeats
 * (同人同事), Δt = days from the matter's last petition to `to`, τ = 7 days. Edge cases of T: no
 * petition in the four weeks before but some this week → 3 (a new matter surging); none in
 * either → 1 (decay alone cools it); T is floored at 0.2, so a matter silent this week keeps a
 * fifth of its weight rather than vanishing from a quarter's ranking. Group alert: five or more
 * distinct petitioners on one matter within any 7 days of the window. Pure.
 */

export interface HeatInput {
  petitionId: string;
  matterId: string;
  receivedAt?: string;
  petitionerKey?: string;
  relation?: string;
  likes?: number;
  caseNumber?: string;
  category?: string;
  area?: string;
  unitId?: string;
}

export interface HeatSettings {
  tauDays: number;
  trendCap: number;
  trendFloor: number;
  groupPetitioners: number;
  groupWindowDays: number;
}

export const DEFAULT_HEAT: HeatSettings = { tauDays: 7, trendCap: 3, trendFloor: 0.2, groupPetitioners: 5, groupWindowDays: 7 };

export interface GroupAlert {
  /** Distinct petitioners within the busiest 7 days. */
  petitioners: number;
  from: string;
  to: string;
}

export interface HotTopic {
  matterId: string;
  rank: number;
  heat: number;
  messages: number;
  petitioners: number;
  support: number;
  repeats: number;
  thisWeek: number;
  previousWeeksMean: number;
  trend: number;
  lastAt: string;
  daysSinceLast: number;
  caseNumbers: string[];
  category?: string;
  area?: string;
  unitIds: string[];
  groupAlert?: GroupAlert;
}

const { exp, log, max, min } = Math;
const DAY = 86_400_000;
const WEIGHTS = { messages: 0.4, petitioners: 0.3, support: 0.2, repeats: 0.1 };

/** The trend factor T of a matter from its count this week and the counts of the four weeks before. */
export function trendFactor(thisWeek: number, previousFour: number, settings: HeatSettings = DEFAULT_HEAT): number {
  const mean = previousFour / 4;
  const raw = mean > 0 ? thisWeek / mean : thisWeek > 0 ? settings.trendCap : 1;
  return max(settings.trendFloor, min(settings.trendCap, raw));
}

/** The base (before decay and trend) of the heat index. */
export function heatBase(messages: number, petitioners: number, support: number, repeats: number): number {
  return WEIGHTS.messages * log(1 + messages) + WEIGHTS.petitioners * log(1 + petitioners) + WEIGHTS.support * log(1 + max(0, support)) + WEIGHTS.repeats * log(1 + repeats);
}

/** The busiest `windowDays` of a matter: most distinct petitioners within any such window. */
export function busiestWindow(items: { at: number; who: string }[], windowDays: number): GroupAlert | undefined {
  const sorted = [...items].sort((a, b) => a.at - b.at);
  let best: GroupAlert | undefined;
  let bestCount = 0;
  const inWindow = new Map<string, number>();
  let start = 0;
  for (let end = 0; end < sorted.length; end += 1) {
    inWindow.set(sorted[end].who, (inWindow.get(sorted[end].who) ?? 0) + 1);
    while (sorted[end].at - sorted[start].at >= windowDays * DAY) {
      const who = sorted[start].who;
      const left = (inWindow.get(who) ?? 1) - 1;
      if (left === 0) inWindow.delete(who);
      else inWindow.set(who, left);
      start += 1;
    }
    if (inWindow.size > bestCount) {
      bestCount = inWindow.size;
      best = { petitioners: bestCount, from: new Date(sorted[start].at).toISOString(), to: new Date(sorted[end].at).toISOString() };
    }
  }
  return best;
}

/**
 * Rank the matters of the window [from, to] by heat. `rows` must include the petitions of the
 * five weeks before `to` as well (for the trend); petitions outside [from, to] count only there.
 */
export function rankHotTopics(rows: readonly HeatInput[], from: Date, to: Date, settings: HeatSettings = DEFAULT_HEAT): HotTopic[] {
  const byMatter = new Map<string, HeatInput[]>();
  for (const row of rows) {
    if (!row.receivedAt) continue;
    const list = byMatter.get(row.matterId);
    if (list) list.push(row);
    else byMatter.set(row.matterId, [row]);
  }
  const toMs = to.getTime();
  const fromMs = from.getTime();
  const weekStart = toMs - 7 * DAY;
  const trendStart = toMs - 35 * DAY;
  const topics: Omit<HotTopic, 'rank'>[] = [];
  for (const [matterId, all] of byMatter) {
    const timed = all.map((row) => ({ row, at: new Date(row.receivedAt as string).getTime() }));
    const inside = timed.filter((t) => t.at >= fromMs && t.at <= toMs);
    if (inside.length === 0) continue;
    const who = (t: { row: HeatInput }) => t.row.petitionerKey ?? `petition:${t.row.petitionId}`;
    const petitioners = new Set(inside.map(who)).size;
    const withLikes = inside.filter((t) => typeof t.row.likes === 'number');
    const support = withLikes.length > 0 ? withLikes.reduce((sum, t) => sum + (t.row.likes as number), 0) : petitioners - 1;
    const repeats = inside.filter((t) => t.row.relation === 'repeat').length;
    const thisWeek = timed.filter((t) => t.at > weekStart && t.at <= toMs).length;
    const previousFour = timed.filter((t) => t.at > trendStart && t.at <= weekStart).length;
    const lastAt = max(...inside.map((t) => t.at));
    const daysSinceLast = (toMs - lastAt) / DAY;
    const trend = trendFactor(thisWeek, previousFour, settings);
    const heat = heatBase(inside.length, petitioners, support, repeats) * exp(-daysSinceLast / settings.tauDays) * trend;
    const busiest = busiestWindow(inside.map((t) => ({ at: t.at, who: who(t) })), settings.groupWindowDays);
    const first = [...inside].sort((a, b) => a.at - b.at)[0].row;
    topics.push({
      matterId,
      heat: Math.round(heat * 10_000) / 10_000,
      messages: inside.length,
      petitioners,
      support,
      repeats,
      thisWeek,
      previousWeeksMean: previousFour / 4,
      trend: Math.round(trend * 1000) / 1000,
      lastAt: new Date(lastAt).toISOString(),
      daysSinceLast: Math.round(daysSinceLast * 100) / 100,
      caseNumbers: [...new Set(inside.map((t) => t.row.caseNumber).filter((c): c is string => !!c))].sort().slice(0, 10),
      ...(first.category ? { category: first.category } : {}),
      ...(first.area ? { area: first.area } : {}),
      unitIds: [...new Set(inside.map((t) => t.row.unitId).filter((u): u is string => !!u))].sort(),
      ...(busiest && busiest.petitioners >= settings.groupPetitioners ? { groupAlert: busiest } : {}),
    });
  }
  topics.sort((a, b) => b.heat - a.heat || b.messages - a.messages || (a.matterId < b.matterId ? -1 : 1));
  return topics.map((topic, i) => ({ ...topic, rank: i + 1 }));
}
