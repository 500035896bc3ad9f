import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boundShortcuts, COMMANDS } from '../../shell/commands.ts';

const suggested = Object.values(COMMANDS).map((command) => command.key);

describe('the advertised shortcuts', () => {
  it('are the suggested keys, in the README and nowhere differently', () => {
    const readme = readFileSync('README.md', 'utf8');
    // A shortcut the README offers is written in bold: **Alt+Shift+M**.
    const advertised = new Set(
      [...readme.matchAll(/\*\*((?:Alt|Ctrl|Shift|Command|MacCtrl)\+[^*]+)\*\*/g)].map((m) => m[1]),
    );
    expect([...advertised].sort()).toEqual([...suggested].sort());
  });

  it('use keys Chromium refuses nowhere (its own shortcuts in Debian’s Chromium 156)', () => {
    const refused = 'ABCNPRTWXZ'.split('').map((key) => `Alt+Shift+${key}`);
    expect(suggested.filter((key) => refused.includes(key))).toEqual([]);
  });

  it('are shown as bound, changed or not set, in Interlude’s order', () => {
    expect(
      boundShortcuts([
        { name: 'snooze', shortcut: 'Ctrl+Shift+9' },
        { name: '_execute_action', shortcut: '' },
        { name: 'pause-now', shortcut: '' },
      ]),
    ).toEqual([
      { name: 'pause-now', shortcut: '' },
      { name: 'boundary-cue', shortcut: '' },
      { name: 'snooze', shortcut: 'Ctrl+Shift+9' },
    ]);
  });
});
