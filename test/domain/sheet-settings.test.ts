// The Sheet's locale and time zone: setup sets them to Vietnam's, Kiểm tra cài đặt reports them.
import { sheetSettingsFindings } from '../../src/domain/setup-check';
import { sheetSettingsChanges } from '../../src/domain/sheet-settings';

describe('sheetSettingsChanges: what setup changes', () => {
  it('changes nothing in a Sheet already in Vietnamese and Vietnam time', () => {
    expect(sheetSettingsChanges('vi_VN', 'Asia/Ho_Chi_Minh')).toEqual({ locale: null, timeZone: null });
  });

  it('sets the locale and the time zone of a Sheet made elsewhere', () => {
    expect(sheetSettingsChanges('en_US', 'America/New_York')).toEqual({
      locale: { from: 'en_US', to: 'vi_VN' },
      timeZone: { from: 'America/New_York', to: 'Asia/Ho_Chi_Minh' },
    });
  });

  it('does not take another zone of the same offset for Vietnam’s', () => {
    expect(sheetSettingsChanges('vi_VN', 'Asia/Bangkok').timeZone).toEqual({
      from: 'Asia/Bangkok',
      to: 'Asia/Ho_Chi_Minh',
    });
  });
});

describe('sheetSettingsFindings: what Kiểm tra cài đặt says of them', () => {
  it('is one line when both are right', () => {
    expect(sheetSettingsFindings('Asia/Ho_Chi_Minh', 'vi_VN')).toEqual([
      {
        area: 'Múi giờ và ngôn ngữ',
        level: 'ok',
        detail: 'Múi giờ Asia/Ho_Chi_Minh, ngôn ngữ và vùng vi_VN.',
        todo: '',
      },
    ]);
  });

  it('names what is wrong and what it must be', () => {
    expect(sheetSettingsFindings('Asia/Bangkok', 'en_US')).toEqual([
      {
        area: 'Múi giờ và ngôn ngữ',
        level: 'error',
        detail:
          'Bảng tính có múi giờ là "Asia/Bangkok" (cần "Asia/Ho_Chi_Minh", giờ Việt Nam) và ngôn ngữ và vùng là "en_US" (cần "vi_VN", Việt Nam): số và ngày đơn vị gõ có thể bị hiểu sai, kỳ báo cáo tính lệch giờ.',
        todo: 'Chạy Báo cáo NTM → Thiết lập bảng tính (tiện ích tự đặt lại), hoặc Tệp → Cài đặt.',
      },
    ]);
    expect(sheetSettingsFindings('Asia/Ho_Chi_Minh', 'en_US')[0].detail).toBe(
      'Bảng tính có ngôn ngữ và vùng là "en_US" (cần "vi_VN", Việt Nam): số và ngày đơn vị gõ có thể bị hiểu sai, kỳ báo cáo tính lệch giờ.',
    );
  });
});
