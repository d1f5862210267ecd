import { Tag } from 'antd';
import { WarningLights } from '@contracts/vocabulary';
import { useLabel } from '../i18n/i18n';

const COLORS: Record<string, string> = { green: 'success', yellow: 'warning', red: 'error' };
const SYMBOLS: Record<string, string> = { green: '●', yellow: '▲', red: '■' };

/** A warning light (预警灯) told by colour, shape and word: never by colour alone. */
export function WarningLight({ light }: { light?: string | null }) {
  const label = useLabel();
  if (!light) return <Tag>—</Tag>;
  const entry = (WarningLights.labels as Record<string, { 'zh-CN': string; en: string }>)[light];
  return (
    <Tag color={COLORS[light] ?? 'default'} data-light={light}>
      <span aria-hidden="true">{SYMBOLS[light] ?? ''} </span>
      {label(entry, light)}
    </Tag>
  );
}
