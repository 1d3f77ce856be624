// The picture EmbeddedChart.getAs('image/png') returns in the emulator: the chart drawn here as SVG
// and rasterised with resvg (a prebuilt renderer from npm, no browser, no network). It is the
// emulator's own drawing, labelled as such in its corner; Google draws its charts differently.
// Bar (horizontal), column and line charts, one or several series, as the product uses them.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export type DrawnChartType = 'BAR' | 'COLUMN' | 'LINE';

export interface ChartPicture {
  readonly type: DrawnChartType;
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly { readonly name: string; readonly values: readonly number[] }[];
  readonly width: number;
  readonly height: number;
  readonly valueAxisTitle?: string;
}

const EMULATOR_MARK = 'Hình vẽ của trình giả lập (không phải Google)';
const COLORS = ['#3366cc', '#dc3912', '#ff9900', '#109618', '#990099'];
const FONT = 'DejaVu Sans, Liberation Sans, Arial, sans-serif';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rough width of `text` at `size` px (sans serif averages about 0.55 em a character). */
const textWidth = (text: string, size: number) => text.length * size * 0.55;

function clip(text: string, size: number, max: number): string {
  if (textWidth(text, size) <= max) return text;
  const keep = Math.max(1, Math.floor(max / (size * 0.55)) - 1);
  return `${text.slice(0, keep).trimEnd()}…`;
}

/** A round step so that the value axis has about five gridlines. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps = [1, 2, 5, 10].map((s) => s * magnitude);
  return Math.max(1, steps.find((s) => s >= raw) ?? 10 * magnitude);
}

const number = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function text(x: number, y: number, s: string, size: number, attrs = ''): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-size="${size}" ${attrs}>${esc(s)}</text>`;
}

export function chartSvg(p: ChartPicture): string {
  const { width, height } = p;
  const out: string[] = [];
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(text(width / 2, 26, clip(p.title, 15, width - 20), 15, 'text-anchor="middle" font-weight="bold"'));
  const legend = p.series.length > 1 ? 24 : 0;
  const top = 44;
  const bottom = height - 50 - legend;
  const max = Math.max(0, ...p.series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const n = Math.max(1, p.categories.length);

  if (p.type === 'BAR') {
    const labelWidth = Math.min(width * 0.42, Math.max(...p.categories.map((c) => textWidth(c, 11)), 40) + 8);
    const left = 10 + labelWidth;
    const right = width - 20;
    const scale = (v: number) => left + ((right - left) * v) / axisMax;
    for (let v = 0; v <= axisMax; v += step) {
      out.push(`<line x1="${scale(v)}" y1="${top}" x2="${scale(v)}" y2="${bottom}" stroke="#dddddd"/>`);
      out.push(text(scale(v), bottom + 14, number(v), 10, 'text-anchor="middle" fill="#444444"'));
    }
    const band = (bottom - top) / n;
    const barHeight = (band * 0.7) / p.series.length;
    p.categories.forEach((c, i) => {
      const y0 = top + band * i + band * 0.15;
      out.push(text(left - 6, y0 + (band * 0.7) / 2 + 4, clip(c, 11, labelWidth - 8), 11, 'text-anchor="end"'));
      p.series.forEach((s, k) => {
        const w = scale(s.values[i] ?? 0) - left;
        out.push(
          `<rect x="${left}" y="${(y0 + k * barHeight).toFixed(1)}" width="${w.toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${COLORS[k % COLORS.length]}"/>`,
        );
      });
    });
    out.push(`<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333333"/>`);
  } else {
    const left = 56;
    const right = width - 16;
    const scale = (v: number) => bottom - ((bottom - top) * v) / axisMax;
    for (let v = 0; v <= axisMax; v += step) {
      out.push(`<line x1="${left}" y1="${scale(v)}" x2="${right}" y2="${scale(v)}" stroke="#dddddd"/>`);
      out.push(text(left - 6, scale(v) + 4, number(v), 10, 'text-anchor="end" fill="#444444"'));
    }
    const band = (right - left) / n;
    p.categories.forEach((c, i) => {
      out.push(text(left + band * (i + 0.5), bottom + 14, clip(c, 10, band - 2), 10, 'text-anchor="middle"'));
    });
    p.series.forEach((s, k) => {
      const color = COLORS[k % COLORS.length];
      if (p.type === 'COLUMN') {
        const barWidth = (band * 0.7) / p.series.length;
        s.values.forEach((v, i) => {
          const x = left + band * i + band * 0.15 + k * barWidth;
          out.push(
            `<rect x="${x.toFixed(1)}" y="${scale(v).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(bottom - scale(v)).toFixed(1)}" fill="${color}"/>`,
          );
        });
      } else {
        const points = s.values.map((v, i) => `${(left + band * (i + 0.5)).toFixed(1)},${scale(v).toFixed(1)}`);
        out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${color}" stroke-width="2"/>`);
        for (const pt of points) {
          const [x, y] = pt.split(',');
          out.push(`<circle cx="${x}" cy="${y}" r="3" fill="${color}"/>`);
        }
      }
    });
    out.push(`<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333333"/>`);
  }
  if (legend > 0) {
    let x = 16;
    p.series.forEach((s, k) => {
      out.push(`<rect x="${x}" y="${height - 40}" width="10" height="10" fill="${COLORS[k % COLORS.length]}"/>`);
      out.push(text(x + 14, height - 31, s.name, 11));
      x += 28 + textWidth(s.name, 11);
    });
  }
  if (p.valueAxisTitle)
    out.push(text(width / 2, bottom + 30, p.valueAxisTitle, 10, 'text-anchor="middle" fill="#444444"'));
  out.push(text(width - 6, height - 6, EMULATOR_MARK, 9, 'text-anchor="end" fill="#999999"'));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="${FONT}">${out.join('')}</svg>`;
}

/** DejaVu Sans from the npm package dejavu-fonts-ttf, so that a machine without fonts still draws the text. */
function fontFiles(): string[] {
  try {
    const dir = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    return ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(dir, f)).filter((f) => existsSync(f));
  } catch {
    return [];
  }
}

/** The chart as PNG bytes. */
export function chartPng(p: ChartPicture): Buffer {
  const svg = chartSvg(p);
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  });
  return Buffer.from(resvg.render().asPng());
}
