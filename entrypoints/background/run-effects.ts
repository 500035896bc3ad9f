import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../../components/i18n/messages.ts';
import type { Effect } from '../../core/effects.ts';
import type { Settings } from '../../core/settings.ts';
import type { EngineState } from '../../core/state.ts';
import { saveSettings } from '../../shell/settings-store.ts';
import { closePrompt, deliverPrompt } from './deliver-prompt.ts';
import { holdFewerSuggestion } from './fewer-pauses.ts';
import {
  arrivesAsNotification,
  clearPromptNotification,
  listenForNotificationClicks,
  notifyPrompt,
} from './notify-prompt.ts';
import { scheduleReminder } from './reminders.ts';

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
      const search = `?prompt=${effect.prompt}`;
      await clearPromptNotification();
      // "Notification only": a system notification, if the person still allows them; else a card.
      if (arrivesAsNotification(effect, settings) && (await notifyPrompt(search, effect.prompt)))
        return;
      const tabId = effect.tab ?? (await activeTabId());
      await deliverPrompt(search, {
        tabId,
        layout: settings.intensity === 'full-page' ? 'full-page' : 'card',
        shows: { prompt: effect.prompt, reason: effect.reason, host: effect.host ?? null },
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
      await browser.action.setBadgeText({ text: badge.text === null ? '' : t(badge.text) });
      await browser.action.setTitle({ title: t(badge.title) });
      return;
    }
    case 'ask-fewer':
      await holdFewerSuggestion(effect.suggest);
      return;
    case 'add-call-site':
      if (!settings.callSites.includes(effect.host))
        await saveSettings({ callSites: [...settings.callSites, effect.host] });
      return;
    case 'remind': {
      const { type: _type, at, ...item } = effect;
      await scheduleReminder(at, item);
      return;
    }
    case 'record':
      // Records are committed with the state, before any effect runs.
      return;
  }
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}
