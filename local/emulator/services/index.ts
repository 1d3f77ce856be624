// The small services: PropertiesService, LockService, ScriptApp, Session, Utilities, Logger,
// MimeType, and the scopes a user granted. Each lives in its own file in this folder; this index
// names what the workspace and the tests use.
export { ConsentStore } from './consent';
export { LockServiceImpl, LockStore } from './lock';
export { LoggerImpl } from './logger';
export { MIME_TYPE } from './mime';
export { PropertiesServiceImpl, PropertyStore } from './properties';
export { SessionImpl } from './session';
export { ScriptAppService, TriggerStore } from './triggers';
export { UtilitiesImpl } from './utilities';
