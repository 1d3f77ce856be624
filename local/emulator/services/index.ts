// The small services: PropertiesService, LockService, ScriptApp, Session, Utilities, Logger and
// MimeType. Each lives in its own file in this folder; this index names what workspace.ts uses.

export { UserImpl } from '../user';
export { AUTHORIZATION_REQUIRED, ConsentStore } from './consent';
export { LOCK_TIMEOUT_MESSAGE, LockImpl, LockServiceImpl, LockStore, type Occupation } from './lock';
export { LoggerImpl } from './logger';
export { MIME_TYPE } from './mime';
export {
  PROPERTY_QUOTA_MESSAGE,
  PROPERTY_STORE_LIMIT,
  PROPERTY_VALUE_LIMIT,
  PropertiesImpl,
  PropertiesServiceImpl,
  PropertyStore,
} from './properties';
export { ACTIVE_USER_LOCALE, SessionImpl } from './session';
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
} from './triggers';
export { Charset, DigestAlgorithm, MAX_SLEEP_MS, UtilitiesImpl } from './utilities';
