// Google's exception texts, in one place so tests and code quote the same words. The bundle catches
// these by message (e.g. the protected-cell text), so they must match what Apps Script throws.

export const MSG = {
  rowTooSmall: 'The starting row of the range is too small.',
  columnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  outsideSheet: 'The coordinates of the range are outside the dimensions of the sheet.',
  rangeNotFound: 'Range not found',
  protectedCell:
    'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
  noAccess: 'You do not have permission to access the requested document.',
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  removeAllSheets: "You can't remove all the sheets in a document.",
  hideAllSheets: "You can't hide all the sheets in a document.",
  mergePartial: 'You must select all cells in a merged range to merge or unmerge them.',
  domainEdit: 'Domain editing is only available for spreadsheets owned by a Google Workspace domain.',
  noCriteria: 'The data validation rule has no criteria.',
  /** Sheets' limit on one cell's contents (text or formula), refused on write. */
  cellTooLong: 'Your input contains more than the maximum of 50000 characters in a single cell.',
} as const;

/** The most characters one cell of a Google Sheet holds. */
export const MAX_CELL_CHARACTERS = 50_000;

export function duplicateSheet(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

export function rowsMismatch(data: number, range: number): string {
  return `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`;
}

export function columnsMismatch(data: number, range: number): string {
  return `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`;
}

export function validationViolated(a1: string): string {
  return `The data you entered in cell ${a1} violates the data validation rules set on this cell.`;
}

/** Apps Script's message when an argument is of the wrong type, e.g. getRange(undefined). */
export function badSignature(method: string, args: readonly unknown[]): string {
  const types = args.map((a) => {
    if (a === null || a === undefined) return 'null';
    if (typeof a === 'number') return 'number';
    if (typeof a === 'string') return 'String';
    if (typeof a === 'boolean') return 'Boolean';
    if (Array.isArray(a)) return 'number[]';
    return 'Object';
  });
  return `The parameters (${types.join(',')}) don't match the method signature for ${method}.`;
}
