import type { Facts, TimelineEntry } from './timeline-entry';

/**
 * The workbench steps of a case that supervision follows beside its status (issue 10): extension
 * requests and their approval, assisting units' opinions (协办意见), the joint office convening
 * (联席会商) and requests for it, leaders' instructions on an assigned case (领导包案), a promise
 * to solve by a date (限期解决) and whether its completion was reported (落实), ratings by linked
 * petitioners. Counted from codes, ids and dates only: no free text.
 */
export interface ExtensionRequestRecord {
  requestId: string;
  unitId: string;
  days: number;
  requestedAt: string;
  status: 'pending' | 'approved' | 'refused';
  decidedAt?: string;
  decidedBy?: string;
}

export interface CaseWorkflow {
  extensionRequests: ExtensionRequestRecord[];
  assistOpinions: { unitId: string; submittedAt: string }[];
  jointConvened?: { convenedAt: string; convenedBy: string; participantUnitIds: string[] };
  coordinationRequests: number;
  leaderInstructions: { leaderId: string; instructedAt: string }[];
  /** The latest reply's promised completion date, and when its completion was reported. */
  promise?: { round: number; promisedBy: string; completedAt?: string };
  /** The body a case was transferred to (转送), a public body's name. */
  transferredTo?: string;
  /** Ratings of the reply by linked petitioners (repeats, joint co-petitioners): they never decide the case. */
  linkedRatings: number;
}

export function emptyWorkflow(): CaseWorkflow {
  return { extensionRequests: [], assistOpinions: [], coordinationRequests: 0, leaderInstructions: [], linkedRatings: 0 };
}

const str = (f: Facts, key: string): string | undefined => (typeof f[key] === 'string' ? (f[key] as string) : undefined);
const num = (f: Facts, key: string): number | undefined => (typeof f[key] === 'number' ? (f[key] as number) : undefined);

/** Apply one entry (in time order) to the workflow; entries of other types leave it as it was. */
export function applyWorkflowEntry(workflow: CaseWorkflow, entry: TimelineEntry, at: string): void {
  const f = entry.facts;
  switch (entry.type) {
    case 'case.extension-requested':
      workflow.extensionRequests.push({
        requestId: str(f, 'requestId') ?? entry.eventId,
        unitId: str(f, 'unitId') ?? '',
        days: num(f, 'days') ?? 0,
        requestedAt: str(f, 'requestedAt') ?? at,
        status: 'pending',
      });
      break;
    case 'case.extension-refused':
    case 'case.extended': {
      const request = workflow.extensionRequests.find((r) => r.requestId === str(f, 'requestId'));
      if (!request) break;
      request.status = entry.type === 'case.extended' ? 'approved' : 'refused';
      request.decidedAt = str(f, 'refusedAt') ?? at;
      const by = str(f, 'refusedBy') ?? str(f, 'approvedBy');
      if (by) request.decidedBy = by;
      break;
    }
    case 'case.assist-opinion-submitted':
      workflow.assistOpinions.push({ unitId: str(f, 'assistingUnitId') ?? '', submittedAt: str(f, 'submittedAt') ?? at });
      break;
    case 'case.joint-convened':
      workflow.jointConvened = {
        convenedAt: str(f, 'convenedAt') ?? at,
        convenedBy: str(f, 'convenedBy') ?? '',
        participantUnitIds: Array.isArray(f.participantUnitIds) ? f.participantUnitIds : [],
      };
      break;
    case 'case.coordination-requested':
      workflow.coordinationRequests += 1;
      break;
    case 'petition.leader-instructed':
      workflow.leaderInstructions.push({ leaderId: str(f, 'leaderId') ?? '', instructedAt: str(f, 'instructedAt') ?? at });
      break;
    case 'case.replied': {
      const promisedBy = str(f, 'promisedBy');
      workflow.promise = promisedBy ? { round: num(f, 'round') ?? 1, promisedBy } : undefined;
      break;
    }
    case 'case.completion-reported':
      if (workflow.promise) workflow.promise.completedAt = str(f, 'reportedAt') ?? at;
      break;
    case 'case.transferred':
      workflow.transferredTo = str(f, 'toBody');
      break;
    case 'feedback.rated':
      if (str(f, 'ratedViaPetitionId')) workflow.linkedRatings += 1;
      break;
    default:
      break;
  }
}

/**
 * 落实不到位 (MISSION 4.3): a promised completion date passed without a completion report.
 * False while the date is still ahead or when there is no promise.
 */
export function promiseBroken(workflow: CaseWorkflow, now: Date): boolean {
  const promise = workflow.promise;
  return Boolean(promise && !promise.completedAt && Date.parse(promise.promisedBy) < now.getTime());
}

/** The workflow as supervisors read it: the promise says whether it is broken now. */
export function workflowView(workflow: CaseWorkflow, now: Date): Omit<CaseWorkflow, 'promise'> & { promise?: NonNullable<CaseWorkflow['promise']> & { broken: boolean } } {
  const { promise, ...rest } = workflow;
  return { ...rest, ...(promise ? { promise: { ...promise, broken: promiseBroken(workflow, now) } } : {}) };
}
