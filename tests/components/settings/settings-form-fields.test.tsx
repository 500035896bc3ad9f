// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsPage } from '../../../components/settings/SettingsPage.tsx';
import { FORM_FIELDS, readSettingsForm } from '../../../components/settings/settings-form.ts';
import { DEFAULT_SETTINGS, parseSettings, SETTINGS_FIELDS } from '../../../core/settings.ts';
import { pageProps } from './page-props.ts';

afterEach(cleanup);

/**
 * A convention test: the settings form is derived from the settings schema, so every setting the
 * form edits has a control named by its path on the page, and the form as drawn from the defaults
 * reads back as the defaults. A schema entry without its control fails here.
 */
describe('the settings form follows the settings schema', () => {
  function drawn() {
    render(<SettingsPage {...pageProps()} />);
    fireEvent.click(screen.getByText('More settings'));
    return document.querySelector('form') as HTMLFormElement;
  }

  it('has a control for every setting the form edits, and none for a setting it does not know', () => {
    const form = drawn();
    const names = new Set(
      [...form.querySelectorAll<HTMLInputElement>('[name]')]
        .map((control) => control.name)
        .filter((name) => !name.startsWith('taskKinds.')),
    );
    expect([...names].sort()).toEqual([...FORM_FIELDS].sort());
    expect(SETTINGS_FIELDS.filter((f) => f.control === 'own').map((f) => f.path)).toEqual([
      'boundaryCue.sites',
    ]);
  });

  it('reads the form, drawn from the defaults, back as the defaults', () => {
    const form = drawn();
    const read = parseSettings(readSettingsForm(new FormData(form)));
    expect(read).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
