import { readFileSync } from 'node:fs';
import { Channels, UNIT_ID_PATTERN, type Channel } from '@sunshine/contracts';

/** A district leader (区领导) who reads and instructs petitions and may take charge of a case (领导包案). */
export interface Leader {
  /** Stable id, also the `leader` claim of the leader's token (`party-secretary`). */
  id: string;
  /** The post as petitioners and staff read it, e.g. 区委书记. */
  name: string;
  /** The body the post belongs to, e.g. 区委, 区政府. */
  office: string;
  /** The channel whose letters are this leader's own (书记信箱 → the Party secretary). */
  mailbox?: Channel;
}

export interface LeaderCatalogue {
  version: string;
  leaders: Leader[];
}

export class LeaderCatalogueError extends Error {}

/** Check a leader catalogue: ids are ids, each appears once, a mailbox channel belongs to one leader. */
export function checkLeaderCatalogue(raw: Partial<LeaderCatalogue>, source = 'leader catalogue'): LeaderCatalogue {
  if (!raw.version || !Array.isArray(raw.leaders) || !raw.leaders.length) throw new LeaderCatalogueError(`${source}: version and leaders are required`);
  const ids = new Set<string>();
  const mailboxes = new Set<string>();
  for (const leader of raw.leaders) {
    if (typeof leader.id !== 'string' || !UNIT_ID_PATTERN.test(leader.id) || leader.id.length > 64 || ids.has(leader.id)) {
      throw new LeaderCatalogueError(`${source}: bad or repeated leader id ${String(leader.id)}`);
    }
    if (!leader.name || !leader.office) throw new LeaderCatalogueError(`${source}: leader ${leader.id} needs a name and an office`);
    if (leader.mailbox !== undefined) {
      if (!(Channels.codes as readonly string[]).includes(leader.mailbox) || mailboxes.has(leader.mailbox)) {
        throw new LeaderCatalogueError(`${source}: leader ${leader.id} has an unknown or repeated mailbox channel ${leader.mailbox}`);
      }
      mailboxes.add(leader.mailbox);
    }
    ids.add(leader.id);
  }
  return { version: raw.version, leaders: raw.leaders.map(({ id, name, office, mailbox }) => ({ id, name, office, ...(mailbox ? { mailbox } : {}) })) };
}

/** Read and check a leader catalogue file (configuration, edited by the district). */
export function loadLeaderCatalogue(path: string): LeaderCatalogue {
  return checkLeaderCatalogue(JSON.parse(readFileSync(path, 'utf8')) as Partial<LeaderCatalogue>, path);
}

export function leaderById(catalogue: LeaderCatalogue, id: string): Leader | undefined {
  return catalogue.leaders.find((l) => l.id === id);
}

/**
 * The leader a letter waits for: a letter to the Secretary's mailbox (书记信箱) is read by the
 * Party secretary, one to the district head's (区长信箱) by the district head (MISSION 1.1, 1.2).
 */
export function mailboxLeaderOf(catalogue: LeaderCatalogue, channel: Channel): string | undefined {
  return catalogue.leaders.find((l) => l.mailbox === channel)?.id;
}

/**
 * Who an urgent or group escalation notifies (重大紧急事项报告, MISSION 1.2): the configured
 * leaders (by default the Party secretary and the district head) and the leader in charge of the
 * case, if any — each once, only leaders the catalogue knows.
 */
export function escalationLeaders(catalogue: LeaderCatalogue, configured: readonly string[], leaderInCharge?: string): string[] {
  const ids = [...configured, ...(leaderInCharge ? [leaderInCharge] : [])];
  return [...new Set(ids)].filter((id) => leaderById(catalogue, id));
}

/** Parse `ROUTING_ESCALATION_LEADERS` (comma-separated ids) and check each against the catalogue. */
export function parseEscalationLeaders(catalogue: LeaderCatalogue, setting: string): string[] {
  const ids = setting.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !leaderById(catalogue, id));
  if (unknown.length) throw new LeaderCatalogueError(`ROUTING_ESCALATION_LEADERS names leaders not in the catalogue: ${unknown.join(', ')}`);
  return [...new Set(ids)];
}
