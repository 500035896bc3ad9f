import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../../components/i18n/messages.ts';
import { assertNever } from '../../core/assert-never.ts';
import type { Effect, ShowPromptEffect } from '../../core/effects.ts';
import type { Settings } from '../../core/settings.ts';
import type { EngineState } from '../../core/state.ts';
import { organisationWords } from '../../shell/organisation-words.ts';
import type { PromptDetails } from '../../shell/protocol.ts';
import { saveSettings } from '../../shell/settings-store.ts';
import { closePrompt, deliverPrompt } from './deliver-prompt.ts';
import {
  arrivesAsNotification,
  clearPromptNotification,
  listenForNotificationClicks,
  notifyPrompt,
} from './notify-prompt.ts';
import { forgetReminder, scheduleReminder } from './reminders.ts';

/** The badge's words for each quiet status: the toolbar's text and its tooltip. */
const BADGES = {
  none: { text: null, title: 'extension_name' },
  snoozed: { text: 'badge_snoozed', title: 'badge_snoozed_title' },
  released: { text: 'badge_released', title: 'badge_released_title' },
} as const satisfies Record<EngineState['badge'], { text: MessageKey | null; title: MessageKey }>;

/** A soft sage badge: status, never alarm. */
const BADGE_COLOUR = '#4f8a7d';

/**
 * Runs the core's effects in order. The core has already decided everything; this only acts, and a
 * failure to act (a tab gone, a window refused) never throws back into the engine.
 */
export function createEffectRunner(options: {
  onPromptFailed(prompt: Effect & { type: 'show-prompt' }): void;
}) {
  listenForNotificationClicks();
  return async (effects: Effect[], _state: EngineState, settings: Settings): Promise<void> => {
    for (const effect of effects) {
      try {
        await runEffect(effect, settings);
      } catch (error) {
        console.error('Interlude: could not', effect.type, error);
        if (effect.type === 'show-prompt') options.onPromptFailed(effect);
      }
    }
  };
}

async function runEffect(effect: Effect, settings: Settings): Promise<void> {
  switch (effect.type) {
    case 'show-prompt': {
      const details = promptDetails(effect);
      await clearPromptNotification();
      // "Notification only": a system notification, if the person still allows them; else a card.
      if (arrivesAsNotification(effect, settings) && (await notifyPrompt(details))) return;
      const tabId = effect.tab ?? (await activeTabId());
      await deliverPrompt(details, {
        tabId,
        layout: settings.intensity === 'full-page' ? 'full-page' : 'card',
      });
      return;
    }
    case 'close-prompt':
      await closePrompt();
      await clearPromptNotification();
      return;
    case 'badge': {
      const badge = BADGES[effect.status];
      await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
      const count = effect.count ?? 0;
      const text = count > 0 ? String(count) : badge.text === null ? '' : t(badge.text);
      await browser.action.setBadgeText({ text });
      await browser.action.setTitle({
        title: count > 0 ? t('badge_later_title') : t(badge.title),
      });
      return;
    }
    case 'save-pacing': {
      const saved = await saveSettings({ transition: effect.transition });
      if (!saved.ok) throw new Error('the settings refused the pacing');
      return;
    }
    case 'add-call-site':
      if (!settings.callSites.includes(effect.host))
        await saveSettings({ callSites: [...settings.callSites, effect.host] });
      return;
    case 'remind': {
      const { type: _type, at, ...item } = effect;
      await scheduleReminder(at, item);
      return;
    }
    case 'forget-reminder':
      await forgetReminder(effect.cueId);
      return;
    case 'record':
      // Records are committed with the state, before any effect runs.
      return;
    case 'answered':
      // The route that carried the answer replies with it (and takes the page down after).
      return;
    default:
      assertNever(effect);
  }
}

/** The prompt page's details: what the core said, with the organisation's words added. */
export function promptDetails(effect: ShowPromptEffect): PromptDetails {
  const { type: _type, tab: _tab, page, ...shown } = effect;
  return { ...shown, ...page, ...organisationWords() };
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
