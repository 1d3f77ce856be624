// The small services: PropertiesService, LockService, ScriptApp, Session, Utilities, Logger and
// MimeType. Each lives in its own file under services/; this file names what workspace.ts uses.
export { LOCK_TIMEOUT_MESSAGE, LockImpl, LockServiceImpl, LockStore, type Occupation } from './services/lock';
export { LoggerImpl } from './services/logger';
export { MIME_TYPE } from './services/mime';
export {
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  PropertiesImpl,
  PropertiesServiceImpl,
  PropertyStore,
} from './services/properties';
export { ACTIVE_USER_LOCALE, SessionImpl } from './services/session';
export {
  AuthMode,
  type ClockEvent,
  type ClockSchedule,
  EventType,
  MAX_TRIGGERS_PER_USER,
  ScriptAppService,
  TOO_MANY_TRIGGERS,
  TriggerImpl,
  type TriggerRecord,
  TriggerSource,
  TriggerStore,
  WeekDay,
} from './services/triggers';
export { Charset, DigestAlgorithm, MAX_SLEEP_MS, UtilitiesImpl } from './services/utilities';
export { UserImpl } from './user';
