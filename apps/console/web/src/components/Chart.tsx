import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from 'echarts/core';

/** ECharts, tree-shaken to what the console draws, loaded only by the staff pages that chart. */
const loadEcharts = () =>
  Promise.all([import('echarts/core'), import('echarts/charts'), import('echarts/components'), import('echarts/renderers')]).then(([core, charts, components, renderers]) => {
    core.use([
      charts.BarChart,
      charts.LineChart,
      charts.PieChart,
      charts.GaugeChart,
      components.GridComponent,
      components.TooltipComponent,
      components.LegendComponent,
      components.TitleComponent,
      components.DatasetComponent,
      components.AriaComponent,
      renderers.SVGRenderer,
    ]);
    return core;
  });

/**
 * A chart with a text alternative: `label` names it for screen readers (role img), and ECharts'
 * aria description reads the data. SVG rendering keeps it sharp in screenshots and print.
 */
export function Chart({ option, height = 280, label }: { option: EChartsCoreOption; height?: number; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let disposed = false;
    let chart: { setOption(o: EChartsCoreOption, notMerge?: boolean): void; resize(): void; dispose(): void } | undefined;
    const onResize = () => chart?.resize();
    void loadEcharts().then((echarts) => {
      if (disposed || !ref.current) return;
      chart = echarts.getInstanceByDom(ref.current) ?? echarts.init(ref.current, undefined, { renderer: 'svg' });
      chart.setOption({ aria: { enabled: true }, animation: false, ...option }, true);
      window.addEventListener('resize', onResize);
    });
    return () => {
      disposed = true;
      window.removeEventListener('resize', onResize);
      chart?.dispose();
    };
  }, [option]);
  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
