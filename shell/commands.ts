import type { MessageKey } from '../components/i18n/messages.ts';

/**
 * Interlude's keyboard commands: the one list the manifest's `commands`, the README and the tests
 * of what is bound come from. Every suggested key is one Chromium and Firefox both accept: Chromium
 * leaves a command "Not set" when its suggested key is one of the browser's own shortcuts (in
 * Debian's Chromium 156, Alt+Shift+A, B, C, N, P, R, T, W, X and Z are), so Alt+Shift+P never bound.
 * Each description is a message key: the manifest names it as `__MSG_<key>__`.
 */
export const COMMANDS = {
  'pause-now': { key: 'Alt+Shift+K', description: 'command_pause_now' },
  'boundary-cue': { key: 'Alt+Shift+M', description: 'command_boundary_cue' },
  snooze: { key: 'Alt+Shift+S', description: 'command_snooze' },
} as const satisfies Record<string, { key: string; description: MessageKey }>;

/** The name of one of Interlude's commands. */
export type CommandName = keyof typeof COMMANDS;

/** A command and the shortcut the browser actually bound to it (`''` when none is set). */
export interface BoundShortcut {
  name: CommandName;
  shortcut: string;
}

/**
 * Interlude's commands, in {@link COMMANDS} order, with what `commands.getAll()` says is bound: the
 * person may have changed or removed a shortcut, or the browser may have refused one.
 */
export function boundShortcuts(
  all: readonly { name?: string; shortcut?: string }[],
): BoundShortcut[] {
  return (Object.keys(COMMANDS) as CommandName[]).map((name) => ({
    name,
    shortcut: all.find((command) => command.name === name)?.shortcut ?? '',
  }));
}
