/** Who uses the system (MISSION "Users"). */
export const ROLES = [
  'channel', // a channel system posting petitions (mailbox gateway, upper-level interface, Open311 app)
  'registrar', // registration staff and hotline operators (登记员/话务员)
  'leader', // district leaders who read and instruct (区领导)
  'unit', // staff of a responsible unit (责任单位), scoped to their unit
  'joint-office', // the joint petition office (信联办)
  'supervisor', // supervision offices (督查室)
  'organization-department', // receives appraisals (组织部)
  'review-office', // the reviewing body (复查机关), 信访工作条例 art. 35
  're-review-office', // the re-reviewing body one level up (复核机关), art. 36
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The authenticated caller. */
export interface Principal {
  /** User or system id (`sub`). */
  subject: string;
  roles: Role[];
  /** For unit staff: the unit they belong to. */
  unitId?: string;
  /**
   * For leaders: their id in the leader catalogue (`party-secretary`, `district-head`, …), from the
   * JWT claim `leader`. A leader token without it sees only the items waiting for any leader.
   */
  leaderId?: string;
  /** Display name of the official (never a petitioner). */
  name?: string;
}

/** Ids of units and leaders: lower-case words joined by hyphens (`party-secretary`). */
export const PRINCIPAL_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function hasRole(principal: Principal, ...roles: Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}
