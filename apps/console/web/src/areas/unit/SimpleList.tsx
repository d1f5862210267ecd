import type { CSSProperties, Key, ReactNode } from 'react';

const box: CSSProperties = { listStyle: 'none', margin: 0, padding: 0 };
const bordered: CSSProperties = { border: '1px solid #f0f0f0', borderRadius: 6 };
const item: CSSProperties = { padding: '8px 12px', borderBottom: '1px solid #f0f0f0' };

/** A plain list (ul/li) of rows: antd's List is deprecated in antd 6. */
export function SimpleList<T>({
  items,
  rowKey,
  render,
  empty,
  border,
  label,
}: {
  items: T[];
  rowKey(item: T, index: number): Key;
  render(item: T): ReactNode;
  empty?: ReactNode;
  border?: boolean;
  label?: string;
}) {
  if (items.length === 0 && empty) return <div style={{ ...(border ? bordered : {}), padding: 12, textAlign: 'center' }}>{empty}</div>;
  return (
    <ul style={{ ...box, ...(border ? bordered : {}) }} aria-label={label}>
      {items.map((x, i) => (
        <li key={rowKey(x, i)} style={i === items.length - 1 ? { ...item, borderBottom: 'none' } : item}>
          {render(x)}
        </li>
      ))}
    </ul>
  );
}
