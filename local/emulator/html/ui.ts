// The Sheet's Ui (SpreadsheetApp.getUi()): menus, alerts, prompts, dialogs and the sidebar.
// Nobody is at the keyboard in a test, so answers are scripted: `ws.ui.answers.push({ button: 'YES' })`.
// alert/prompt take them in order and record what the user was shown. An OK-only alert with no
// answer queued is simply acknowledged; any question with no answer queued fails loudly, naming it,
// so that no test passes because nobody answered.
import { GAS_TYPE, gasError, Unwrappable, unwrap } from '../core';
import { type EnumSet, enumKey, enumSet, type GasEnum } from '../gas-enum';
import { signatureError } from '../shared';
import { HtmlOutputImpl } from './output';

const Button = enumSet('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
const ButtonSet = enumSet('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export type ButtonName = keyof typeof Button;
export type ButtonSetName = keyof typeof ButtonSet;

const BUTTONS_OF: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const UI_UNAVAILABLE = 'Cannot call SpreadsheetApp.getUi() from this context.';

export interface UiAnswer {
  readonly button: ButtonName;
  /** What the user typed, for a prompt. */
  readonly text?: string;
}

export interface ShownQuestion {
  readonly kind: 'alert' | 'prompt';
  readonly title: string;
  readonly message: string;
  readonly buttons: ButtonSetName;
  /** The button the scripted user pressed. */
  readonly answer: ButtonName;
  /** What the scripted user typed (prompts only). */
  readonly text: string | null;
}

export interface ShownDialog {
  readonly kind: 'modal' | 'modeless' | 'sidebar';
  readonly title: string;
  readonly html: string;
  readonly width: number | null;
  readonly height: number | null;
}

export type MenuEntry =
  | { readonly label: string; readonly functionName: string }
  | { readonly separator: true }
  | { readonly submenu: MenuRecord };

export interface MenuRecord {
  readonly title: string;
  readonly items: readonly MenuEntry[];
}

export interface Toast {
  message: string;
  title?: string;
  timeoutSeconds?: number;
}

export class UiState {
  /** False while a time-driven trigger runs: there is no Sheet open to show anything in. */
  available = true;
  /** Menus added with Menu.addToUi(), as plain structures. */
  readonly menus: MenuRecord[] = [];
  /** Scripted answers, taken in order by alert and prompt. */
  readonly answers: UiAnswer[] = [];
  /** Every alert and prompt shown, in order. */
  readonly shown: ShownQuestion[] = [];
  /** Dialogs and sidebars opened, with their HTML. */
  readonly dialogs: ShownDialog[] = [];
  /** Spreadsheet.toast() messages (pushed by the SpreadsheetApp emulator). */
  readonly toasts: Toast[] = [];
  /** Questions that found no usable scripted answer (kept even if the bundle swallowed the error). */
  readonly unanswered: string[] = [];
  private instance: UiImpl | null = null;

  /** The Ui object behind SpreadsheetApp.getUi(). */
  ui(): UiImpl {
    this.assertAvailable();
    this.instance ??= new UiImpl(this);
    return this.instance;
  }

  assertAvailable(): void {
    if (!this.available) throw gasError(UI_UNAVAILABLE);
  }
}

export class PromptResponseImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'PromptResponse';

  constructor(
    private readonly button: ButtonName,
    private readonly text: string,
  ) {
    super();
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): GasEnum {
    return Button[this.button];
  }
}

export class MenuImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Menu';
  private readonly items: (MenuEntry | { readonly sub: MenuImpl })[] = [];

  constructor(
    private readonly state: UiState,
    readonly title: string,
  ) {
    super();
  }

  addItem(caption: string, functionName: string): MenuImpl {
    if (typeof caption !== 'string' || typeof functionName !== 'string')
      throw signatureError('Ui.Menu.addItem', [caption, functionName]);
    this.items.push({ label: caption, functionName });
    return this;
  }

  addSeparator(): MenuImpl {
    this.items.push({ separator: true });
    return this;
  }

  addSubMenu(menu: unknown): MenuImpl {
    const sub = unwrap(menu, MenuImpl);
    if (!sub) throw signatureError('Ui.Menu.addSubMenu', [menu]);
    this.items.push({ sub });
    return this;
  }

  addToUi(): void {
    this.state.assertAvailable();
    this.state.menus.push(this.record());
  }

  /** The menu as it is now, as plain data. */
  record(): MenuRecord {
    return {
      title: this.title,
      items: this.items.map((item) => ('sub' in item ? { submenu: item.sub.record() } : { ...item })),
    };
  }
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

export class UiImpl extends Unwrappable {
  readonly [GAS_TYPE] = 'Ui';
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly state: UiState) {
    super();
  }

  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). */
  alert(...args: unknown[]): GasEnum {
    const { title, message, buttons } = this.question('Ui.alert', args);
    const answer = this.take('alert', title, message, buttons);
    this.state.shown.push({ kind: 'alert', title, message, buttons, answer: answer.button, text: null });
    return Button[answer.button];
  }

  /** prompt(prompt), prompt(prompt, buttons), prompt(title, prompt, buttons). */
  prompt(...args: unknown[]): PromptResponseImpl {
    const { title, message, buttons } = this.question('Ui.prompt', args);
    const answer = this.take('prompt', title, message, buttons);
    const text = answer.text ?? '';
    this.state.shown.push({ kind: 'prompt', title, message, buttons, answer: answer.button, text });
    return new PromptResponseImpl(answer.button, text);
  }

  createMenu(caption: string): MenuImpl {
    this.state.assertAvailable();
    if (!isString(caption)) throw signatureError('Ui.createMenu', [caption]);
    return new MenuImpl(this.state, caption);
  }

  /** A bound script is not an add-on: its add-on menu is named after the project. */
  createAddonMenu(): MenuImpl {
    this.state.assertAvailable();
    return new MenuImpl(this.state, 'Báo cáo NTM');
  }

  showModalDialog(userInterface: unknown, title: string): void {
    this.dialog('modal', 'Ui.showModalDialog', userInterface, title);
  }

  showModelessDialog(userInterface: unknown, title: string): void {
    this.dialog('modeless', 'Ui.showModelessDialog', userInterface, title);
  }

  showSidebar(userInterface: unknown): void {
    this.state.assertAvailable();
    const output = unwrap(userInterface, HtmlOutputImpl);
    if (!output) throw signatureError('Ui.showSidebar', [userInterface]);
    this.state.dialogs.push({
      kind: 'sidebar',
      title: output.getTitle(),
      html: output.html(),
      width: output.getWidth(),
      height: output.getHeight(),
    });
  }

  private dialog(kind: 'modal' | 'modeless', method: string, userInterface: unknown, title: unknown): void {
    this.state.assertAvailable();
    const output = unwrap(userInterface, HtmlOutputImpl);
    if (!output || !isString(title)) throw signatureError(method, [userInterface, title]);
    this.state.dialogs.push({ kind, title, html: output.html(), width: output.getWidth(), height: output.getHeight() });
  }

  private question(method: string, args: unknown[]): { title: string; message: string; buttons: ButtonSetName } {
    this.state.assertAvailable();
    const set = (v: unknown) => enumKey(ButtonSet as EnumSet<ButtonSetName>, v);
    if (args.length === 1 && isString(args[0])) return { title: '', message: args[0], buttons: 'OK' };
    if (args.length === 2 && isString(args[0]) && set(args[1]))
      return { title: '', message: args[0], buttons: set(args[1])! };
    if (args.length === 3 && isString(args[0]) && isString(args[1]) && set(args[2]))
      return { title: args[0], message: args[1], buttons: set(args[2])! };
    throw signatureError(method, args);
  }

  private take(kind: 'alert' | 'prompt', title: string, message: string, buttons: ButtonSetName): UiAnswer {
    const allowed: readonly ButtonName[] = [...BUTTONS_OF[buttons], 'CLOSE'];
    const head = this.state.answers[0];
    const what = `${kind} "${title ? `${title}: ` : ''}${message}" (${buttons})`;
    if (kind === 'alert' && buttons === 'OK') {
      // Only an OK or CLOSE answer is meant for an information alert; otherwise it waits for the next question.
      if (head && (head.button === 'OK' || head.button === 'CLOSE')) return this.state.answers.shift()!;
      return { button: 'OK' };
    }
    if (!head) {
      const problem = `Ui: nobody answered ${what}. Queue an answer first: ws.ui.answers.push({ button: ... }).`;
      this.state.unanswered.push(problem);
      throw new Error(problem);
    }
    if (!allowed.includes(head.button)) {
      const problem = `Ui: the scripted answer ${head.button} does not fit ${what}; its buttons are ${allowed.join(', ')}.`;
      this.state.unanswered.push(problem);
      throw new Error(problem);
    }
    return this.state.answers.shift()!;
  }
}
