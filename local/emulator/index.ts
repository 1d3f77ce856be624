export { makeCopy } from './copy';
export * from './core';
export { EmbeddedChartImpl } from './spreadsheet';
export { Workspace, type WorkspaceOptions } from './workspace';
