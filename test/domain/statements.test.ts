// One line for what many units said: the same statement (up to case, spacing, final punctuation,
// Unicode form) is written once after the units that said it, in Cấu hình's unit order; different
// statements stay word for word. Expected texts are written out by hand.
import { buildReport } from '../../src/domain/report-doc';
import { groupStatements } from '../../src/domain/statements';
import type { Consolidation } from '../../src/domain/types';
import { consolidation, narrative, settings } from './official-doc.fixtures';
import { texts } from './official-doc.helpers';

const meta = { number: '15', date: { y: 2023, m: 6, d: 5 }, version: 1 };

describe('groupStatements', () => {
  test('case, spaces, final punctuation and NFD/NFC make no difference; the first spelling is kept', () => {
    const groups = groupStatements([
      { unitName: 'A', text: 'Một số hoạt động chưa ghi đủ số người tham dự.' },
      { unitName: 'B', text: '  một số  hoạt động chưa ghi đủ số người THAM DỰ ' },
      { unitName: 'C', text: 'Một số hoạt động chưa ghi đủ số người tham dự;'.normalize('NFD') },
      { unitName: 'D', text: 'Một số hoạt động chưa ghi đủ số người tham dự!!' },
    ]);
    expect(groups).toEqual([
      { unitNames: ['A', 'B', 'C', 'D'], lines: ['Một số hoạt động chưa ghi đủ số người tham dự.'] },
    ]);
  });

  test('a different word, a missing word or punctuation inside keeps statements apart', () => {
    const groups = groupStatements([
      { unitName: 'A', text: 'Kinh phí còn hạn chế' },
      { unitName: 'B', text: 'Kinh phí hạn chế' },
      { unitName: 'C', text: 'Kinh phí, còn hạn chế' },
      { unitName: 'D', text: 'Kinh phí còn hạn chế.' },
    ]);
    expect(groups).toEqual([
      { unitNames: ['A', 'D'], lines: ['Kinh phí còn hạn chế'] },
      { unitNames: ['B'], lines: ['Kinh phí hạn chế'] },
      { unitNames: ['C'], lines: ['Kinh phí, còn hạn chế'] },
    ]);
  });

  test('blank texts say nothing; a text of several lines is one statement, compared line by line', () => {
    const groups = groupStatements([
      { unitName: 'A', text: '   ' },
      { unitName: 'B', text: 'Dòng một\nDòng hai.' },
      { unitName: 'C', text: 'dòng một.\n\ndòng hai' },
      { unitName: 'D', text: 'Dòng một' },
    ]);
    expect(groups).toEqual([
      { unitNames: ['B', 'C'], lines: ['Dòng một', 'Dòng hai.'] },
      { unitNames: ['D'], lines: ['Dòng một'] },
    ]);
  });
});

describe('the report', () => {
  const same = 'Một số hoạt động chưa ghi đủ số người tham dự';
  // Given out of Cấu hình's order (HND before BQL): the report lists units as Cấu hình does.
  const doc = buildReport(
    consolidation({
      narratives: [
        narrative('T1', 'Thôn Đồng Tâm', { shortcomings: `${same}.`, proposals: 'Đề nghị hỗ trợ kinh phí' }),
        narrative('HND', 'Hội Nông dân xã', { shortcomings: same.toUpperCase(), proposals: 'Đề nghị tập huấn' }),
        narrative('BQL', 'Ban quản lý NTM xã', { shortcomings: ` ${same} `, results: 'Treo 30 băng zôn' }),
        narrative('VH', 'Công chức Văn hóa - Xã hội', {
          shortcomings: 'Loa hỏng',
          proposals: 'đề nghị hỗ trợ kinh phí.',
          results: 'Treo 30 băng zôn.',
        }),
      ] as Consolidation['narratives'],
    }),
    settings(),
    meta,
  );
  const all = texts(doc);

  test('the statement four units share is written once, after them, in Cấu hình order', () => {
    // settings(): BQL, HND, DTN, VH, T1 (Thôn Đồng Tâm).
    expect(all.filter((t) => t.toLowerCase().includes(same.toLowerCase()))).toEqual([
      `- Ban quản lý NTM xã, Hội Nông dân xã, Thôn Đồng Tâm: ${same}`,
    ]);
    expect(all).toContain('- Công chức Văn hóa - Xã hội: Loa hỏng');
  });

  test('proposals and results are grouped the same way; different statements stay word for word', () => {
    expect(all).toContain('- Hội Nông dân xã: Đề nghị tập huấn');
    expect(all).toContain('- Công chức Văn hóa - Xã hội, Thôn Đồng Tâm: đề nghị hỗ trợ kinh phí.');
    expect(all).toContain('- Ban quản lý NTM xã, Công chức Văn hóa - Xã hội: Treo 30 băng zôn');
  });
});
