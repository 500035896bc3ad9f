import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type BoundShortcut, boundShortcuts, type CommandName } from '../../shell/commands.ts';
import { type MessageKey, t } from '../i18n/messages.ts';

const LABELS: Record<CommandName, MessageKey> = {
  'pause-now': 'shortcut_pause_now',
  'boundary-cue': 'shortcut_boundary_cue',
  snooze: 'shortcut_snooze',
};

/** Props of {@link Shortcuts}. */
export interface ShortcutsProps {
  /** What the browser has bound, in Interlude's order; undefined while asking. */
  shortcuts: readonly BoundShortcut[] | undefined;
  /**
   * How the person changes them: Chromium's shortcuts page, opened for them; Firefox's cannot be
   * opened by an extension, so it is described.
   */
  change: { open(): void } | 'firefox';
}

/** The keyboard shortcuts the browser actually bound ("Not set" where it bound none), and where to change them. */
export function Shortcuts({ shortcuts, change }: ShortcutsProps) {
  if (!shortcuts) return null;
  return (
    <div class="shortcuts-box">
      <dl class="shortcuts">
        {shortcuts.map(({ name, shortcut }) => (
          <div key={name}>
            <dt>
              {shortcut ? (
                <kbd>{shortcut}</kbd>
              ) : (
                <span class="not-set">{t('shortcuts_not_set')}</span>
              )}
            </dt>
            <dd>{t(LABELS[name])}</dd>
          </div>
        ))}
      </dl>
      {change === 'firefox' ? (
        <p class="hint">{t('shortcuts_firefox_how', 'about:addons')}</p>
      ) : (
        <a
          href="chrome://extensions/shortcuts"
          onClick={(event) => {
            // An extension page cannot follow a link to a browser page; the tabs API can open it.
            event.preventDefault();
            change.open();
          }}
        >
          {t('shortcuts_change')}
        </a>
      )}
    </div>
  );
}

/** {@link Shortcuts} wired to the browser: asked again whenever the page comes back into view. */
export function BoundShortcuts() {
  const [shortcuts, setShortcuts] = useState<BoundShortcut[]>();
  useEffect(() => {
    const ask = () =>
      Promise.resolve()
        .then(() => browser.commands.getAll())
        .then(
          (all) => setShortcuts(boundShortcuts(all)),
          () => setShortcuts(undefined),
        );
    void ask();
    const onVisible = () => document.visibilityState === 'visible' && void ask();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  return (
    <Shortcuts
      shortcuts={shortcuts}
      change={
        import.meta.env.BROWSER === 'firefox'
          ? 'firefox'
          : { open: () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }) }
      }
    />
  );
}
