import { Alert } from 'antd';
import { ApiProblem } from '../api/client';
import { useLang } from '../i18n/i18n';

/** A failed request explained in the reader's language: the service's own reason and field errors. */
export function ProblemAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  const { lang } = useLang();
  if (!error) return null;
  if (error instanceof ApiProblem) {
    const fields = error.errors.map((e) => e.i18n?.[lang] ?? e.message).filter(Boolean);
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        style={style}
        title={error.titleIn(lang)}
        description={
          error.detailIn(lang) || fields.length ? (
            <>
              {error.detailIn(lang) && <div>{error.detailIn(lang)}</div>}
              {fields.length > 0 && (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {fields.map((f, i) => (
                    <li key={i}>{f}</li>
                  ))}
                </ul>
              )}
            </>
          ) : undefined
        }
      />
    );
  }
  return <Alert type="error" showIcon role="alert" style={style} title={lang === 'en' ? 'The request failed; check the connection and try again.' : '请求失败，请检查网络后重试。'} />;
}
