/**
 * Interlude's keyboard commands: the one list the manifest's `commands`, the README and the tests
 * of what is bound come from. Every suggested key is one Chromium and Firefox both accept: Chromium
 * leaves a command "Not set" when its suggested key is one of the browser's own shortcuts (in
 * Debian's Chromium 156, Alt+Shift+A, B, C, N, P, R, T, W, X and Z are), so Alt+Shift+P never bound.
 */
export const COMMANDS = {
  'pause-now': { key: 'Alt+Shift+K', description: 'Take a pause now' },
  'boundary-cue': { key: 'Alt+Shift+M', description: 'Ask: what is actually mine to do?' },
  snooze: { key: 'Alt+Shift+S', description: 'Snooze pauses for 30 minutes' },
} as const;

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
