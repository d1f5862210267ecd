import * as echarts from 'echarts';
import type { ReportChart } from './report-document';

/** The font family name the PDF registers its embedded CJK font under; charts ask for it by this name. */
export const REPORT_FONT = 'ReportCJK';

/**
 * A chart as SVG, rendered server-side by ECharts (SSR, no DOM, no animation), for the PDF. Text
 * asks for REPORT_FONT, which the PDF maps to its embedded font.
 */
export function renderChartSvg(chart: ReportChart, size = { width: 515, height: 260 }): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption({
      animation: false,
      textStyle: { fontFamily: REPORT_FONT },
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 13, fontFamily: REPORT_FONT } },
      legend: chart.series.length > 1 ? { bottom: 0, textStyle: { fontFamily: REPORT_FONT } } : undefined,
      grid: { left: 40, right: 16, top: 52, bottom: chart.series.length > 1 ? 56 : 36, containLabel: true },
      xAxis: {
        type: 'category',
        data: chart.categories,
        axisLabel: { interval: 0, fontSize: 10, rotate: chart.categories.length > 6 ? 30 : 0, fontFamily: REPORT_FONT },
      },
      yAxis: { type: 'value', max: chart.max, axisLabel: { fontFamily: REPORT_FONT } },
      series: chart.series.map((s) => ({
        name: s.name,
        type: chart.kind,
        data: s.values,
        label: { show: chart.categories.length <= 12, position: 'top', fontSize: 10, fontFamily: REPORT_FONT },
      })),
    });
    // ECharts draws a white halo under outside labels with paint-order="stroke"; svg-to-pdfkit
    // ignores paint-order, so the halo would cover the label's own text: drop it.
    return instance.renderToSVGString().replace(/(<text[^>]*?) stroke="rgb\(255,255,255\)" stroke-width="[\d.]+" paint-order="stroke"/g, '$1');
  } finally {
    instance.dispose();
  }
}
