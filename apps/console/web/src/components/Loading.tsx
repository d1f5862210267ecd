import { Spin } from 'antd';

/** While a page's code or data arrives. */
export function Loading() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin aria-label="加载中 / Loading" />
    </div>
  );
}
