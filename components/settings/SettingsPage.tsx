/*
 * Why this file is long: the page lays out every section and carries the form's state, saving and
 * errors between them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ManagedPolicy } from '../../core/managed-policy.ts';
import type { Settings } from '../../core/settings.ts';
import type { SaveSettingsResult } from '../../shell/settings-store.ts';
import { t, tn } from '../i18n/messages.ts';
import { Brand } from '../shared/Brand.tsx';
import { describeSettingsStorage } from './describe-settings-storage.ts';
import { fieldErrors } from './field-errors.ts';
import { LogSection } from './LogSection.tsx';
import { ManagedSection } from './ManagedSection.tsx';
import { PageAccessSection, type PageAccessSectionProps } from './PageAccessSection.tsx';
import { PausesSection } from './PausesSection.tsx';
import { PhrasesSection } from './PhrasesSection.tsx';
import { type NotificationAccess, PromptStyleSection } from './PromptStyleSection.tsx';
import { ReplySitesSection, type ReplySitesSectionProps } from './ReplySitesSection.tsx';
import { ResetSettings } from './ResetSettings.tsx';
import { hashTarget, revealTarget } from './reveal-target.ts';
import { fieldId } from './SettingField.tsx';
import { FORM_FIELDS, kindFields, readSettingsForm } from './settings-form.ts';
import { WorkHoursSection } from './WorkHoursSection.tsx';
import { WorkKindsSection } from './WorkKindsSection.tsx';

/** Props of {@link SettingsPage}. */
export interface SettingsPageProps {
  settings: Settings;
  zones: readonly string[];
  systemZone: string;
  /** The weekday "as usual where I live" means here. */
  localeWeekStart: string;
  /**
   * Validates and saves a partial settings object (`saveSettings`), resolving once `settings` are
   * the saved ones: the form redraws from them as it resolves.
   */
  onSave(changes: Record<string, unknown>): Promise<SaveSettingsResult>;
  /** Puts every setting back to its default, resolving once the page has the defaults. */
  onReset(): Promise<void>;
  replySites: Omit<ReplySitesSectionProps, 'settings' | 'errors'>;
  pageAccess: PageAccessSectionProps;
  /** The optional `notifications` permission, asked for when "Notification only" is chosen. */
  notifications?: NotificationAccess;
  logHref: string;
  supportHref: string;
  /** An organisation's managed policy, if any; its locks reach the fields through `ManagedFields`. */
  policy?: ManagedPolicy;
}

type Saved =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'invalid'; other: string[] }
  /** Valid, but not stored: too large for the browser's sync, or the browser refused the write. */
  | { state: 'failed'; message: string };

/**
 * The settings page: one form saved together, with each error beside its field. The choices most
 * people make come first; the rest wait under "More settings", which a deep link
 * (`settings.html#<section or field id>`) opens by itself. Leaving with unsaved changes asks first.
 */
export function SettingsPage(props: SettingsPageProps) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Saved>({ state: 'idle' });
  const [formKey, setFormKey] = useState(0);
  const [unsaved, setUnsavedState] = useState(false);
  // Read by the beforeunload listener: set in the same event as the edit, never a render late.
  const unsavedNow = useRef(false);
  const setUnsaved = (value: boolean) => {
    unsavedNow.current = value;
    setUnsavedState(value);
  };

  useEffect(() => {
    const reveal = () => {
      const id = hashTarget(location.hash);
      if (id) revealTarget(id);
    };
    reveal();
    window.addEventListener('hashchange', reveal);
    return () => window.removeEventListener('hashchange', reveal);
  }, []);
  useEffect(() => {
    // The browser's own "leave site? changes you made may not be saved" question.
    const warn = (event: BeforeUnloadEvent) => {
      if (!unsavedNow.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  // Only the form's own named fields count: reply sites and page access save themselves at once.
  const edited = (event: Event) => {
    if ((event.target as HTMLInputElement | null)?.name) setUnsaved(true);
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setSaved({ state: 'saving' });
    const result = await props
      .onSave(readSettingsForm(new FormData(form)))
      .catch((cause: unknown) => ({
        ok: false as const,
        errors: [],
        storage: {
          code: 'not-saved' as const,
          detail: cause instanceof Error ? cause.message : String(cause),
        },
      }));
    if (result.ok) {
      setErrors({});
      setSaved({ state: 'saved' });
      setUnsaved(false);
      setFormKey((k) => k + 1);
      return;
    }
    if (result.storage) {
      setErrors({});
      setSaved({ state: 'failed', message: describeSettingsStorage(result.storage) });
      return;
    }
    const fields = new Set([...FORM_FIELDS, ...kindFields(Object.keys(props.settings.taskKinds))]);
    const sorted = fieldErrors(result.errors, fields);
    setErrors(sorted.byField);
    setSaved({ state: 'invalid', other: sorted.other });
    const first = Object.keys(sorted.byField)[0];
    if (first) revealTarget(fieldId(first));
  };

  const count = Object.keys(errors).length;
  const section = { settings: props.settings, errors };
  return (
    <main class="page settings" aria-labelledby="settings-title">
      <header class="settings-header">
        <Brand size={28} />
        <nav class="settings-links" aria-label={t('log_elsewhere')}>
          <a href={props.logHref}>{t('link_weekly_log')}</a>
          <a href={props.supportHref}>{t('link_more_than_stress')}</a>
        </nav>
      </header>
      <h1 id="settings-title">{t('link_settings')}</h1>
      <p class="lead">{t('settings_these_settings_sync_through_your')}</p>
      <ManagedSection policy={props.policy} />
      <form onSubmit={submit} onInput={edited} onChange={edited} noValidate>
        {/* Re-keyed after a save so each field shows the value as saved; the save bar keeps focus. */}
        <div class="settings-sections" key={formKey}>
          <WorkHoursSection {...section} zones={props.zones} systemZone={props.systemZone} />
          <PromptStyleSection {...section} notifications={props.notifications} />
          <ReplySitesSection {...section} {...props.replySites} />
          <details class="more-settings" id="more">
            <summary>
              <span class="more-title">{t('settings_more_settings')}</span>
              <span class="hint">{t('settings_when_pauses_are_offered_kinds')}</span>
            </summary>
            <div class="settings-sections">
              <PausesSection {...section} />
              <WorkKindsSection {...section} />
              <div id="page-access">
                <PageAccessSection {...props.pageAccess} />
              </div>
              <PhrasesSection {...section} />
              <LogSection
                {...section}
                localeWeekStart={props.localeWeekStart}
                logHref={props.logHref}
              />
            </div>
          </details>
        </div>
        <div class="save-bar">
          <button type="submit" class="primary" disabled={saved.state === 'saving'}>
            {t('settings_save_settings')}
          </button>
          <p role="status" class="save-state">
            {unsaved && saved.state !== 'invalid' ? t('settings_unsaved') : null}
            {saved.state === 'saved' && !unsaved ? t('settings_saved') : null}
            {saved.state === 'invalid'
              ? count === 0
                ? t('settings_some_fields_need_a_look')
                : tn('settings_fields_need_a_look', count)
              : null}
          </p>
          {saved.state === 'failed' ? (
            <p role="alert" class="field-error">
              {t('settings_nothing_saved', saved.message)}
            </p>
          ) : null}
          {saved.state === 'invalid' && saved.other.length > 0 ? (
            <ul class="field-error">
              {saved.other.map((error) => (
                <li key={error}>{error}</li>
              ))}
            </ul>
          ) : null}
        </div>
      </form>
      <ResetSettings
        onReset={props.onReset}
        onDone={() => {
          setErrors({});
          setSaved({ state: 'idle' });
          setUnsaved(false);
          setFormKey((k) => k + 1);
        }}
      />
    </main>
  );
}
