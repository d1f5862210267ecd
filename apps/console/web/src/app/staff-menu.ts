import type { Role } from '../auth/session';
import type { Lang } from '../i18n/i18n';

export interface MenuEntry {
  path: string;
  label: Record<Lang, string>;
  roles: Role[];
}

/** Each role's screens; `admin` sees them all. Areas own the routes under their path. */
export const STAFF_MENU: MenuEntry[] = [
  { path: '/staff', label: { 'zh-CN': '工作概览', en: 'Dashboard' }, roles: [] },
  { path: '/staff/operator', label: { 'zh-CN': '来电登记', en: 'Register a call' }, roles: ['registrar', 'channel'] },
  { path: '/staff/operator/find', label: { 'zh-CN': '查找与撤销判重', en: 'Find & undo links' }, roles: ['registrar'] },
  { path: '/staff/leader', label: { 'zh-CN': '待阅示件', en: 'To instruct' }, roles: ['leader'] },
  { path: '/staff/leader/cases', label: { 'zh-CN': '包案件', en: 'My cases' }, roles: ['leader'] },
  { path: '/staff/leader/extensions', label: { 'zh-CN': '延期审批', en: 'Extensions' }, roles: ['leader'] },
  { path: '/staff/leader/notifications', label: { 'zh-CN': '提醒', en: 'Notifications' }, roles: ['leader'] },
  { path: '/staff/unit', label: { 'zh-CN': '案件工作台', en: 'Workbench' }, roles: ['unit'] },
  { path: '/staff/unit/visits', label: { 'zh-CN': '回访', en: 'Return visits' }, roles: ['unit', 'joint-office'] },
  { path: '/staff/supervisor', label: { 'zh-CN': '督查督办', en: 'Supervision' }, roles: ['supervisor'] },
  { path: '/staff/supervisor/orders', label: { 'zh-CN': '督办单', en: 'Orders' }, roles: ['supervisor'] },
  { path: '/staff/supervisor/bulletins', label: { 'zh-CN': '通报', en: 'Bulletins' }, roles: ['supervisor', 'organization-department'] },
  { path: '/staff/supervisor/hot-topics', label: { 'zh-CN': '热点问题', en: 'Hot topics' }, roles: ['supervisor', 'organization-department', 'leader'] },
  { path: '/staff/organization', label: { 'zh-CN': '考核评价', en: 'Appraisal' }, roles: ['organization-department'] },
  { path: '/staff/organization/history', label: { 'zh-CN': '签名存档', en: 'Signed history' }, roles: ['organization-department', 'supervisor'] },
];

export function menuFor(roles: Role[]): MenuEntry[] {
  if (roles.includes('admin')) return STAFF_MENU;
  return STAFF_MENU.filter((entry) => entry.roles.length === 0 || entry.roles.some((r) => roles.includes(r)));
}

/** Where a role lands after signing in. */
export function homeFor(roles: Role[]): string {
  if (roles.includes('leader')) return '/staff/leader';
  if (roles.includes('unit')) return '/staff/unit';
  if (roles.includes('registrar') || roles.includes('channel')) return '/staff/operator';
  return '/staff';
}
