export { makeCopy } from './copy';
export * from './core';
export { EMULATOR_MARK, EmbeddedChartImpl } from './spreadsheet';
export { Workspace, type WorkspaceOptions } from './workspace';
