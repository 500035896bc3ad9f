import { vi } from 'vitest';
import type { SettingsPageProps } from '../../../components/settings/SettingsPage.tsx';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../../core/settings.ts';
import { replySiteRows } from '../../../shell/reply-sites.ts';

/**
 * The props a settings page gets in a test: `settings` in Berlin with weeks from Monday, saving
 * through the real validation over `settings`, and a spy for every other callback; the reply sites
 * are listed with access granted where `granted` says. Later JSX attributes override any of them.
 */
export function pageProps(
  settings: Settings = DEFAULT_SETTINGS,
  granted: Record<string, boolean> = {},
) {
  return {
    settings,
    zones: ['Europe/Berlin'],
    systemZone: 'Europe/Berlin',
    localeWeekStart: 'Monday',
    onSave: vi.fn<SettingsPageProps['onSave']>(async (changes) => parseSettings(changes, settings)),
    onReset: vi.fn(async () => undefined),
    replySites: {
      rows: replySiteRows(settings.boundaryCue.sites, granted),
      onToggle: vi.fn(),
      onAdd: vi.fn(),
    },
    pageAccess: { granted: false, onAllow: vi.fn(), onRevoke: vi.fn() },
    logHref: '/log.html',
    supportHref: '/support.html',
  } satisfies SettingsPageProps;
}
