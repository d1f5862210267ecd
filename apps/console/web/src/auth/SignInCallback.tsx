import { Result } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { Loading } from '../app/App';
import { completeOidcSignIn } from './oidc';
import { useSession } from './session';

/** Where the OIDC provider sends the browser back with the authorization code. */
export default function SignInCallback() {
  const { settings, signInWithToken } = useSession();
  const navigate = useNavigate();
  const [failed, setFailed] = useState<string>();
  useEffect(() => {
    if (!settings?.oidc) return;
    completeOidcSignIn(settings.oidc)
      .then(({ accessToken, returnTo }) => {
        signInWithToken(accessToken);
        void navigate(returnTo, { replace: true });
      })
      .catch((error: Error) => setFailed(error.message));
  }, [settings, signInWithToken, navigate]);
  if (failed) return <Result status="error" title="登录失败 / Sign-in failed" subTitle={failed} extra={<a href="/signin">重新登录 / Try again</a>} />;
  return <Loading />;
}
