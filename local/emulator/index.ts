export { makeCopy } from './copy';
export * from './core';
export { Workspace, type WorkspaceOptions } from './workspace';
