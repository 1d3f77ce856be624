// Just enough of a TrueType reader for the emulator's PDF: the character-to-glyph map, advance widths
// and the metrics a PDF font descriptor needs. The font file is embedded whole (no subsetting).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface TrueTypeFont {
  readonly name: string;
  readonly data: Buffer;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly bbox: readonly [number, number, number, number];
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph in thousandths of the font size (PDF glyph space). */
  advance(glyph: number): number;
}

function tables(data: Buffer): Map<string, { offset: number; length: number }> {
  const out = new Map<string, { offset: number; length: number }>();
  const count = data.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    out.set(data.toString('latin1', rec, rec + 4), {
      offset: data.readUInt32BE(rec + 8),
      length: data.readUInt32BE(rec + 12),
    });
  }
  return out;
}

function readCmap(data: Buffer, cmapOffset: number): Map<number, number> {
  const map = new Map<number, number>();
  const count = data.readUInt16BE(cmapOffset + 2);
  let format4 = -1;
  let format12 = -1;
  for (let i = 0; i < count; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = data.readUInt16BE(rec);
    const encoding = data.readUInt16BE(rec + 2);
    const sub = cmapOffset + data.readUInt32BE(rec + 4);
    const format = data.readUInt16BE(sub);
    if (platform === 3 && encoding === 10 && format === 12) format12 = sub;
    if (platform === 3 && encoding === 1 && format === 4) format4 = sub;
  }
  if (format12 >= 0) {
    const groups = data.readUInt32BE(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const rec = format12 + 16 + g * 12;
      const start = data.readUInt32BE(rec);
      const end = data.readUInt32BE(rec + 4);
      const glyph = data.readUInt32BE(rec + 8);
      for (let c = start; c <= end && c <= 0x10ffff; c++) map.set(c, glyph + (c - start));
    }
    return map;
  }
  if (format4 < 0) throw new Error('TrueType font without a Unicode cmap');
  const segCount = data.readUInt16BE(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segCount * 2 + 2;
  const deltas = starts + segCount * 2;
  const rangeOffsets = deltas + segCount * 2;
  for (let s = 0; s < segCount; s++) {
    const end = data.readUInt16BE(ends + s * 2);
    const start = data.readUInt16BE(starts + s * 2);
    const delta = data.readInt16BE(deltas + s * 2);
    const rangeOffset = data.readUInt16BE(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (c + delta) & 0xffff;
      } else {
        const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
        glyph = data.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}

function loadTrueType(file: string, name: string): TrueTypeFont {
  const data = readFileSync(file);
  const t = tables(data);
  const need = (tag: string) => {
    const table = t.get(tag);
    if (!table) throw new Error(`TrueType font ${file} has no ${tag} table`);
    return table.offset;
  };
  const head = need('head');
  const hhea = need('hhea');
  const hmtx = need('hmtx');
  const unitsPerEm = data.readUInt16BE(head + 18);
  const scale = (v: number) => Math.round((v * 1000) / unitsPerEm);
  const metrics = data.readUInt16BE(hhea + 34);
  const cmap = readCmap(data, need('cmap'));
  return {
    name,
    data,
    unitsPerEm,
    ascent: scale(data.readInt16BE(hhea + 4)),
    descent: scale(data.readInt16BE(hhea + 6)),
    bbox: [
      scale(data.readInt16BE(head + 36)),
      scale(data.readInt16BE(head + 38)),
      scale(data.readInt16BE(head + 40)),
      scale(data.readInt16BE(head + 42)),
    ],
    glyphOf: (c) => cmap.get(c) ?? 0,
    advance: (glyph) => scale(data.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1))),
  };
}

/** DejaVu from the npm package dejavu-fonts-ttf first (the same files on every machine), then the system's. */
function fontDirs(): string[] {
  const dirs = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/share/fonts/TTF'];
  try {
    dirs.unshift(join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf'));
  } catch {
    // Not installed: the system's fonts, if any.
  }
  return dirs;
}

let cached: { regular: TrueTypeFont; bold: TrueTypeFont } | null | undefined;

/** DejaVu Serif (covers Vietnamese), regular and bold, if found; null otherwise. */
export function serifFonts(): { regular: TrueTypeFont; bold: TrueTypeFont } | null {
  if (cached !== undefined) return cached;
  cached = null;
  for (const dir of fontDirs()) {
    const regular = `${dir}/DejaVuSerif.ttf`;
    const bold = `${dir}/DejaVuSerif-Bold.ttf`;
    if (existsSync(regular) && existsSync(bold)) {
      cached = { regular: loadTrueType(regular, 'DejaVuSerif'), bold: loadTrueType(bold, 'DejaVuSerif-Bold') };
      break;
    }
  }
  return cached;
}
