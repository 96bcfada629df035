import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { VisuallyHidden } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';

// Only the parts the dashboards use, so the chart chunk stays small.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, AriaComponent, SVGRenderer]);

export interface ChartData {
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly data: readonly (number | null)[] }[];
}

/**
 * An ECharts chart (SVG) with an accessible name and ECharts' own generated description of its data.
 * ECharts writes that description as the aria-label of the element it draws in, so the name stays on
 * a wrapper and the description is read from ECharts after each drawing into aria-describedby.
 */
export function EChart({ label, kind, data, stacked = false }: { label: string; kind: 'bar' | 'line'; data: ChartData; stacked?: boolean }) {
  const element = useRef<HTMLDivElement>(null);
  const descriptionId = useId();
  const [description, setDescription] = useState('');
  useEffect(() => {
    const chart = echarts.init(element.current!, null, { renderer: 'svg' });
    chart.setOption({
      aria: { enabled: true, label: { description: undefined } },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 16, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: data.categories },
      yAxis: { type: 'value' },
      series: data.series.map((s) => ({ name: s.name, type: kind, data: s.data, ...(stacked ? { stack: 'total' } : {}) })),
    });
    setDescription(element.current!.getAttribute('aria-label') ?? '');
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [kind, data, stacked]);
  return (
    <div role="img" aria-label={label} aria-describedby={description ? descriptionId : undefined}>
      <div ref={element} aria-hidden style={{ width: '100%', height: 260 }} />
      {description && <VisuallyHidden id={descriptionId}>{description}</VisuallyHidden>}
    </div>
  );
}
