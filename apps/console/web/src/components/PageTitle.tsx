import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';

/** The page's one h1, also the document title (阳光信访 · …), with actions on the right. */
export function PageTitle({ title, extra, subtitle }: { title: string; extra?: ReactNode; subtitle?: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · 阳光信访`;
  }, [title]);
  return (
    <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
      </div>
      {extra}
    </Flex>
  );
}
