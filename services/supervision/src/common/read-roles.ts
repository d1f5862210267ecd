import type { Role } from '@sunshine/auth';

/**
 * Who may read timelines, summaries and warnings: the cross-unit roles see every case; unit staff
 * only their own unit's (the repositories apply the scope).
 */
export const READ_ROLES: Role[] = ['supervisor', 'leader', 'joint-office', 'admin', 'organization-department', 'unit'];
