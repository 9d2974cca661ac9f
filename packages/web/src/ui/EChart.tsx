import { BarChart, LineChart, PieChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import type { EChartsCoreOption } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";
import { useEffect, useRef } from "react";

// Only the charts the dashboards draw, so the console bundle stays small.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** One ECharts chart; redraws when `option` changes, resizes with the window. */
export function EChart({
  option,
  height = 280,
  onClick,
  testId,
}: {
  option: EChartsCoreOption;
  height?: number;
  onClick?: (name: string) => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts>(undefined);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: "svg" });
    chart.current = c;
    const resize = () => c.resize();
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      c.dispose();
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    const handler = (p: { name?: string }) => {
      if (p.name) onClick(p.name);
    };
    c.on("click", handler);
    return () => {
      c.off("click", handler);
    };
  }, [onClick]);
  return <div ref={ref} style={{ width: "100%", height }} data-testid={testId} />;
}
