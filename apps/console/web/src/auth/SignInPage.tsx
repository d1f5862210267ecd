import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { homeFor } from '../app/staff-menu';
import { ApiProblem } from '../api/client';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { ProblemAlert } from '../components/ProblemAlert';
import { PageTitle } from '../components/PageTitle';
import { defineMessages, useMessages } from '../i18n/i18n';
import { startOidcSignIn } from './oidc';
import { useSession, type Role } from './session';
import { WithQueries } from '../app/WithQueries';

const messages = defineMessages({
  'zh-CN': {
    title: '工作人员登录',
    devNote: '开发环境登录：选择角色即可获得开发令牌（生产环境不提供，改用统一身份认证）。',
    role: '角色',
    unit: '所在单位',
    leader: '领导',
    name: '姓名（可选）',
    signIn: '登录',
    oidc: '使用统一身份认证登录',
    noDirectory: '暂时读不到单位和领导名单，请确认系统已启动。',
    petitioner: '我是群众，去信访',
    'role.registrar': '登记员 / 话务员',
    'role.channel': '渠道接入',
    'role.leader': '区领导',
    'role.unit': '责任单位工作人员',
    'role.joint-office': '联席办 / 信联办',
    'role.supervisor': '督查室',
    'role.organization-department': '组织部',
    'role.review-office': '复查机关',
    'role.re-review-office': '复核机关',
    'role.admin': '系统管理员',
  },
  en: {
    title: 'Staff sign-in',
    devNote: 'Development sign-in: pick a role to get a development token (not offered in production, which uses the OIDC provider).',
    role: 'Role',
    unit: 'Unit',
    leader: 'Leader',
    name: 'Name (optional)',
    signIn: 'Sign in',
    oidc: 'Sign in with the identity provider',
    noDirectory: 'The unit and leader lists cannot be read; is the system running?',
    petitioner: 'I am a citizen: submit a petition',
    'role.registrar': 'Registrar / hotline operator',
    'role.channel': 'Channel system',
    'role.leader': 'District leader',
    'role.unit': 'Unit clerk',
    'role.joint-office': 'Joint petition office',
    'role.supervisor': 'Supervision office',
    'role.organization-department': 'Organization department',
    'role.review-office': 'Review office',
    'role.re-review-office': 'Re-review office',
    'role.admin': 'Administrator',
  },
});

const ROLES: Role[] = ['registrar', 'leader', 'unit', 'supervisor', 'organization-department', 'joint-office', 'review-office', 're-review-office', 'admin'];

interface Directory {
  units: { id: string; name: string }[];
  leaders: { id: string; name: string; office?: string }[];
}

interface Values {
  role: Role;
  unitId?: string;
  leaderId?: string;
  name?: string;
}

function SignInPagePage() {
  const t = useMessages(messages);
  const { settings, signInWithToken } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const role = Form.useWatch('role', form);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const dev = settings?.developmentSignIn ?? false;
  const directory = useQuery({
    queryKey: ['dev-directory'],
    enabled: dev,
    queryFn: async (): Promise<Directory> => {
      const response = await fetch('/auth/dev-directory');
      if (!response.ok) throw new Error(String(response.status));
      return (await response.json()) as Directory;
    },
  });

  async function submit(values: Values) {
    setBusy(true);
    setError(undefined);
    try {
      const response = await fetch('/auth/dev-token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(values) });
      const body = (await response.json()) as Record<string, unknown>;
      if (!response.ok) throw new ApiProblem(response.status, String(body.code), body.i18n as ApiProblem['i18n'], body);
      const session = signInWithToken(String(body.token));
      void navigate(params.get('returnTo') ?? homeFor(session.roles), { replace: true });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Flex justify="center" style={{ minHeight: '100vh', background: '#f3f5f9', padding: 16 }}>
      <main style={{ width: '100%', maxWidth: 440, marginTop: '8vh' }}>
        <Flex justify="flex-end" style={{ marginBottom: 8 }}>
          <LanguageSwitch />
        </Flex>
        <Card>
          <PageTitle title={t('title')} />
          {settings?.oidc && (
            <Button type="primary" block size="large" onClick={() => void startOidcSignIn(settings.oidc!, params.get('returnTo') ?? '/staff')} style={{ marginBottom: 16 }}>
              {t('oidc')}
            </Button>
          )}
          {dev && (
            <>
              <Alert type="info" showIcon title={t('devNote')} style={{ marginBottom: 16 }} />
              {directory.isError && <Alert type="warning" showIcon title={t('noDirectory')} style={{ marginBottom: 16 }} />}
              <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ role: 'registrar' }} requiredMark={false}>
                <Form.Item name="role" label={t('role')} rules={[{ required: true }]}>
                  <Select options={ROLES.map((r) => ({ value: r, label: t(`role.${r}` as 'role.admin') }))} />
                </Form.Item>
                {role === 'unit' && (
                  <Form.Item name="unitId" label={t('unit')} rules={[{ required: true }]}>
                    <Select showSearch optionFilterProp="label" loading={directory.isLoading} options={(directory.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))} />
                  </Form.Item>
                )}
                {role === 'leader' && (
                  <Form.Item name="leaderId" label={t('leader')} rules={[{ required: true }]}>
                    <Select loading={directory.isLoading} options={(directory.data?.leaders ?? []).map((l) => ({ value: l.id, label: l.name }))} />
                  </Form.Item>
                )}
                <Form.Item name="name" label={t('name')}>
                  <Input autoComplete="name" maxLength={40} />
                </Form.Item>
                <ProblemAlert error={error} style={{ marginBottom: 16 }} />
                <Button type="primary" htmlType="submit" block loading={busy}>
                  {t('signIn')}
                </Button>
              </Form>
            </>
          )}
          <Typography.Paragraph style={{ marginTop: 16, marginBottom: 0 }}>
            <a href="/">{t('petitioner')}</a>
          </Typography.Paragraph>
        </Card>
      </main>
    </Flex>
  );
}

/** With the shared query cache (provided here, not by the shell: see app/query-client.ts). */
export default function SignInPage() {
  return (
    <WithQueries>
      <SignInPagePage />
    </WithQueries>
  );
}
