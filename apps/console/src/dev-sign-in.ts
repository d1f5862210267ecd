import { Router, json, type Request, type Response } from 'express';
import { isRole, PRINCIPAL_ID_PATTERN, signDevToken, type Role } from '@sunshine/auth';
import type { ConsoleConfig } from './config';

/** Development tokens live 8 hours, like a working day. */
const TTL_SECONDS = 8 * 3600;

function problem(res: Response, status: number, code: string, zh: string, en: string) {
  res
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: `urn:sunshine-petitions:problem:${code.toLowerCase().replace(/[._]/g, '-')}`, title: zh, status, code, i18n: { 'zh-CN': { title: zh }, en: { title: en } } }));
}

/**
 * The development sign-in (开发环境登录): pick a role, unit and leader, get a token signed by the
 * local development key. Never mounted in production (main.ts), and the services refuse the
 * development key there anyway.
 */
export function devSignInRouter(config: ConsoleConfig): Router {
  const router = Router();
  router.use(json({ limit: '4kb' }));

  router.post('/auth/dev-token', async (req: Request, res: Response) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const role = body.role;
    if (!isRole(role)) return problem(res, 400, 'REQUEST.INVALID', '请选择有效的角色', 'Choose a valid role');
    const unitId = typeof body.unitId === 'string' && body.unitId ? body.unitId : undefined;
    const leaderId = typeof body.leaderId === 'string' && body.leaderId ? body.leaderId : undefined;
    const name = typeof body.name === 'string' ? body.name.trim().slice(0, 40) : undefined;
    if (role === 'unit' && !unitId) return problem(res, 400, 'REQUEST.INVALID', '单位工作人员须选择所在单位', 'A unit clerk needs a unit');
    for (const id of [unitId, leaderId]) {
      if (id !== undefined && !PRINCIPAL_ID_PATTERN.test(id)) return problem(res, 400, 'REQUEST.INVALID', '单位或领导编号格式不正确', 'Unit or leader id is malformed');
    }
    if (leaderId && role !== 'leader') return problem(res, 400, 'REQUEST.INVALID', '只有领导角色可以选择领导', 'Only the leader role takes a leader');
    const roles: Role[] = [role];
    const token = await signDevToken({
      roles,
      unitId: role === 'unit' ? unitId : undefined,
      leaderId,
      name: name || undefined,
      ttlSeconds: TTL_SECONDS,
      devKeysDir: config.devKeysDir,
    });
    res.status(201).json({ token, expiresAt: new Date(Date.now() + TTL_SECONDS * 1000).toISOString() });
  });

  /** The units and leaders to choose from, read from routing with a short-lived administrator token. */
  router.get('/auth/dev-directory', async (_req: Request, res: Response) => {
    try {
      const token = await signDevToken({ roles: ['admin'], subject: 'console-dev-sign-in', ttlSeconds: 60, devKeysDir: config.devKeysDir });
      const get = async (path: string) => {
        const response = await fetch(`${config.services.routing}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(5000) });
        if (!response.ok) throw new Error(`${path}: ${response.status}`);
        return response.json() as Promise<Record<string, unknown>>;
      };
      const [units, leaders] = await Promise.all([get('/api/v1/units'), get('/api/v1/leaders')]);
      res.json({ units: units.units ?? units.items ?? [], leaders: leaders.leaders ?? leaders.items ?? [] });
    } catch {
      problem(res, 503, 'SERVER.UNAVAILABLE', '分流服务暂不可用，无法读取单位和领导名单', 'Routing is not answering: no units or leaders to choose from');
    }
  });
  return router;
}
