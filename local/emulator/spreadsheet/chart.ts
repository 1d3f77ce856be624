// Sheet charts: Sheet.newChart() → EmbeddedChartBuilder (and the typed builders asBarChart(),
// asColumnChart(), asLineChart()) → build() → Sheet.insertChart(). As in Google, build() draws
// nothing: the chart appears only once inserted, and a chart read back with getCharts() keeps its
// ranges, so its picture (getAs('image/png')) shows the cells' values at the time it is drawn.
// Only the chart types the product uses are drawn (chart-drawing.ts); asking for another type
// throws, rather than returning a picture Google would not make.
import { BlobImpl } from '../blob';
import { Emulated, GAS_TYPE, gasError, Unwrappable, unwrap } from '../core';
import { type ChartPicture, chartPng, type DrawnChartType } from './chart-drawing';
import { badSignature } from './errors';
import { RangeImpl } from './range';
import type { SheetImpl } from './sheet';

interface ChartState {
  type: DrawnChartType | null;
  ranges: RangeImpl[];
  /** -1: Google guesses from the data (a text first row is a header). */
  numHeaders: number;
  transpose: boolean;
  options: Record<string, unknown>;
  position: { row: number; column: number; offsetX: number; offsetY: number };
}

const BUILDER_TYPE: Record<DrawnChartType, string> = {
  BAR: 'EmbeddedBarChartBuilder',
  COLUMN: 'EmbeddedColumnChartBuilder',
  LINE: 'EmbeddedLineChartBuilder',
};

const isInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v);

function copyState(s: ChartState): ChartState {
  return { ...s, ranges: [...s.ranges], options: { ...s.options }, position: { ...s.position } };
}

export class ContainerInfoImpl extends Emulated {
  readonly [GAS_TYPE] = 'ContainerInfo';
  constructor(private readonly p: ChartState['position']) {
    super();
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getAnchorColumn(): number {
    return this.p.column;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class ChartOptionsImpl extends Emulated {
  readonly [GAS_TYPE] = 'ChartOptions';
  constructor(private readonly options: Record<string, unknown>) {
    super();
  }
  get(option: unknown): unknown {
    if (typeof option !== 'string') throw gasError(badSignature('ChartOptions.get', [option]));
    return this.options[option] ?? null;
  }
}

export class EmbeddedChartBuilderImpl extends Emulated {
  readonly [GAS_TYPE]: string;

  constructor(
    readonly sheet: SheetImpl,
    readonly state: ChartState,
    /** The chart this builder modifies (modify()), or null for a new one. */
    private readonly chartId: number | null,
    typeName = 'EmbeddedChartBuilder',
  ) {
    super();
    this[GAS_TYPE] = typeName;
  }

  static fresh(sheet: SheetImpl): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(
      sheet,
      {
        type: null,
        ranges: [],
        numHeaders: -1,
        transpose: false,
        options: {},
        position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
      },
      null,
    );
  }

  private typed(type: DrawnChartType): EmbeddedChartBuilderImpl {
    this.state.type = type;
    return new EmbeddedChartBuilderImpl(this.sheet, this.state, this.chartId, BUILDER_TYPE[type]);
  }

  private generic(): EmbeddedChartBuilderImpl {
    return this[GAS_TYPE] === 'EmbeddedChartBuilder'
      ? this
      : new EmbeddedChartBuilderImpl(this.sheet, this.state, this.chartId);
  }

  asBarChart(): EmbeddedChartBuilderImpl {
    return this.typed('BAR');
  }
  asColumnChart(): EmbeddedChartBuilderImpl {
    return this.typed('COLUMN');
  }
  asLineChart(): EmbeddedChartBuilderImpl {
    return this.typed('LINE');
  }

  addRange(range: unknown): EmbeddedChartBuilderImpl {
    const r = unwrap(range, RangeImpl);
    if (!r) throw gasError(badSignature(`${this[GAS_TYPE]}.addRange`, [range]));
    const same = this.state.ranges.some(
      (x) => x.sheet === r.sheet && JSON.stringify(x.area) === JSON.stringify(r.area),
    );
    // "Does not add the range if it has already been added to the chart."
    if (!same) this.state.ranges.push(r);
    return this.generic();
  }

  clearRanges(): EmbeddedChartBuilderImpl {
    this.state.ranges = [];
    return this.generic();
  }

  getRanges(): RangeImpl[] {
    return [...this.state.ranges];
  }

  setNumHeaders(headers: unknown): EmbeddedChartBuilderImpl {
    if (!isInt(headers)) throw gasError(badSignature(`${this[GAS_TYPE]}.setNumHeaders`, [headers]));
    this.state.numHeaders = headers as number;
    return this.generic();
  }

  setTransposeRowsAndColumns(transpose: unknown): EmbeddedChartBuilderImpl {
    if (typeof transpose !== 'boolean')
      throw gasError(badSignature(`${this[GAS_TYPE]}.setTransposeRowsAndColumns`, [transpose]));
    this.state.transpose = transpose;
    return this.generic();
  }

  setOption(option: unknown, value: unknown): EmbeddedChartBuilderImpl {
    if (typeof option !== 'string') throw gasError(badSignature(`${this[GAS_TYPE]}.setOption`, [option, value]));
    this.state.options[option] = value;
    return this.generic();
  }

  setPosition(...args: unknown[]): EmbeddedChartBuilderImpl {
    if (args.length !== 4 || !args.every(isInt)) throw gasError(badSignature(`${this[GAS_TYPE]}.setPosition`, args));
    const [row, column, offsetX, offsetY] = args as number[];
    if (row < 1 || column < 1) throw gasError(`Invalid argument: ${row < 1 ? 'anchorRowPos' : 'anchorColPos'}`);
    this.state.position = { row, column, offsetX, offsetY };
    return this.generic();
  }

  getContainer(): ContainerInfoImpl {
    return new ContainerInfoImpl({ ...this.state.position });
  }

  getChartType(): string | null {
    return this.state.type;
  }

  // Typed builders: what EmbeddedBar/Column/LineChartBuilder add, as options Google stores.
  setTitle(title: unknown): EmbeddedChartBuilderImpl {
    return this.typedOption('setTitle', 'title', title);
  }
  setXAxisTitle(title: unknown): EmbeddedChartBuilderImpl {
    return this.typedOption('setXAxisTitle', 'hAxis.title', title);
  }
  setYAxisTitle(title: unknown): EmbeddedChartBuilderImpl {
    return this.typedOption('setYAxisTitle', 'vAxis.title', title);
  }
  setColors(colors: unknown): EmbeddedChartBuilderImpl {
    if (!Array.isArray(colors) || !colors.every((c) => typeof c === 'string'))
      throw gasError(badSignature(`${this[GAS_TYPE]}.setColors`, [colors]));
    this.requireTyped('setColors');
    this.state.options.colors = [...colors];
    return this;
  }

  private requireTyped(method: string): void {
    // The generic EmbeddedChartBuilder has no such method in Google: calling it is a TypeError there.
    if (this[GAS_TYPE] === 'EmbeddedChartBuilder') throw new TypeError(`${method} is not a function`);
  }

  private typedOption(method: string, key: string, value: unknown): EmbeddedChartBuilderImpl {
    this.requireTyped(method);
    if (typeof value !== 'string') throw gasError(badSignature(`${this[GAS_TYPE]}.${method}`, [value]));
    this.state.options[key] = value;
    return this;
  }

  build(): EmbeddedChartImpl {
    if (this.state.type === null) throw gasError('Chart type must be set before building the chart.');
    return new EmbeddedChartImpl(this.sheet, copyState(this.state), this.chartId);
  }
}

let nextChartId = 1;

export class EmbeddedChartImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'EmbeddedChart';

  constructor(
    readonly sheet: SheetImpl,
    readonly state: ChartState,
    /** Set when inserted into a sheet; kept by the charts modify() builds. */
    public chartId: number | null,
  ) {
    super();
  }

  static newId(): number {
    return nextChartId++;
  }

  getChartId(): number | null {
    return this.sheet.charts.includes(this) ? this.chartId : null;
  }
  getContainerInfo(): ContainerInfoImpl {
    return new ContainerInfoImpl({ ...this.state.position });
  }
  getNumHeaders(): number {
    return this.state.numHeaders;
  }
  getOptions(): ChartOptionsImpl {
    return new ChartOptionsImpl({ ...this.state.options });
  }
  getRanges(): RangeImpl[] {
    return [...this.state.ranges];
  }
  getTransposeRowsAndColumns(): boolean {
    return this.state.transpose;
  }
  modify(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.sheet, copyState(this.state), this.chartId);
  }

  getBlob(): BlobImpl {
    return this.getAs('image/png');
  }

  getAs(contentType: unknown): BlobImpl {
    if (typeof contentType !== 'string') throw gasError(badSignature('EmbeddedChart.getAs', [contentType]));
    if (contentType !== 'image/png') {
      throw gasError(`Converting from application/vnd.google-apps.chart to ${contentType} is not supported.`);
    }
    const title = String(this.state.options.title ?? '');
    return new BlobImpl(this.png(), 'image/png', `${title || 'Chart'}.png`);
  }

  /** The picture as PNG bytes (Node side: exporters and tests). */
  png(): Buffer {
    return chartPng(this.picture());
  }

  /** What the chart shows now, from its ranges (Node side: exporters and tests). */
  picture(): ChartPicture {
    const table = chartTable(this.state);
    const width = Number(this.state.options.width ?? 600);
    const height = Number(this.state.options.height ?? 371);
    const axis = this.state.options['hAxis.title'] ?? this.state.options['vAxis.title'];
    return {
      type: this.state.type ?? 'COLUMN',
      title: String(this.state.options.title ?? ''),
      width,
      height,
      valueAxisTitle: typeof axis === 'string' ? axis : undefined,
      ...table,
    };
  }
}

/** Categories from the first column, one series per other column; a header row names the series. */
function chartTable(s: ChartState): Pick<ChartPicture, 'categories' | 'series'> {
  const blocks = s.ranges.map((r) => r.getValues());
  const rows = blocks[0]?.length ?? 0;
  // Several ranges of the same height are read side by side, as Sheets merges them by column.
  let grid: unknown[][] = blocks[0] ?? [];
  for (const b of blocks.slice(1)) if (b.length === rows) grid = grid.map((row, i) => [...row, ...b[i]]);
  if (s.transpose) grid = grid[0]?.map((_, j) => grid.map((row) => row[j])) ?? [];
  const headers =
    s.numHeaders >= 0
      ? s.numHeaders
      : grid.length > 1 && grid[0].slice(1).some((v) => typeof v === 'string' && v !== '')
        ? 1
        : 0;
  const head = grid.slice(0, headers);
  const body = grid.slice(headers);
  const columns = grid[0]?.length ?? 0;
  const series = [];
  for (let j = 1; j < columns; j++) {
    const name =
      head
        .map((r) => String(r[j] ?? ''))
        .join(' ')
        .trim() || `Cột ${j}`;
    series.push({ name, values: body.map((r) => (typeof r[j] === 'number' ? (r[j] as number) : 0)) });
  }
  return { categories: body.map((r) => String(r[0] ?? '')), series };
}
