// Bật/tắt nhắc tự động: the on/off state is the Sheet's, not one person's. Triggers belong to the
// person who made them (ScriptApp.getProjectTriggers lists only your own, and you cannot delete
// another's), so the state lives in the document's properties — on or off, who turned it on, since
// when — and the daily trigger reads it at every run: when it is off, or someone else has turned it
// on since, the trigger does nothing and removes itself (it runs as its owner, so it can).
import { type AutoReminderState, REMINDER_HOUR, triggerGate } from '../domain/reminder-text';
import { effectiveUserEmail } from './owner';

/** The function the daily trigger calls (exported under this name by src/main.ts). */
const REMINDER_TRIGGER_HANDLER = 'remindersTrigger';

const PROPERTY = 'baoCaoNtm.autoReminders';

/** The state as the document's properties hold it; off when never set or unreadable. */
export function readAutoReminders(): AutoReminderState {
  const text = PropertiesService.getDocumentProperties().getProperty(PROPERTY);
  const off: AutoReminderState = { on: false, by: '', since: '' };
  if (!text) return off;
  try {
    const v = JSON.parse(text) as Partial<AutoReminderState>;
    return { on: v.on === true, by: String(v.by ?? '').toLowerCase(), since: String(v.since ?? '') };
  } catch {
    return off;
  }
}

function ownReminderTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((t) => t.getHandlerFunction() === REMINDER_TRIGGER_HANDLER);
}

/** How many daily reminder triggers the person running has (another secretary's are invisible). */
export function ownReminderTriggerCount(): number {
  return ownReminderTriggers().length;
}

/** Leaves the person running with `count` (0 or 1) daily triggers: a duplicate goes, one is made if none. */
function keepOwnTriggers(count: 0 | 1): void {
  const existing = ownReminderTriggers();
  for (const t of existing.slice(count)) ScriptApp.deleteTrigger(t);
  if (count === 1 && existing.length === 0) {
    ScriptApp.newTrigger(REMINDER_TRIGGER_HANDLER).timeBased().everyDays(1).atHour(REMINDER_HOUR).create();
  }
}

/**
 * Turns automatic reminders on (the person running owns the one daily trigger) or off (for
 * everyone: the state says so, this person's triggers go now, another secretary's at its next run).
 */
export function setAutoReminders(on: boolean, user: string, now: Date): AutoReminderState {
  const state: AutoReminderState = { on, by: user.toLowerCase(), since: now.toISOString() };
  PropertiesService.getDocumentProperties().setProperty(PROPERTY, JSON.stringify(state));
  keepOwnTriggers(on ? 1 : 0);
  return state;
}

/** Answering "no" to turning off: the one who turned it on keeps exactly one trigger (no duplicate). */
export function tidyOwnTrigger(state: AutoReminderState, user: string): void {
  if (state.on && state.by === user.toLowerCase()) keepOwnTriggers(1);
}

/**
 * The trigger's first step: whether this run may send (see triggerGate). A trigger runs as its owner
 * (the effective user); when it may not send, its owner's triggers are removed.
 */
export function triggerMayRun(): ReturnType<typeof triggerGate> {
  const gate = triggerGate(readAutoReminders(), effectiveUserEmail());
  if (!gate.run) keepOwnTriggers(0);
  return gate;
}
