import polyfill from 'webextension-polyfill';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { periodicAlarmEvent } from '../../core/rules/natural-break.ts';
import { resolveTimeZone } from '../../core/settings.ts';
import { statusView } from '../../core/status-view.ts';
import { openHistory } from '../../db/open-history.ts';
import { pruneIfDue } from '../../db/prune-if-due.ts';
import { now, prepareClock } from '../../shell/clock.ts';
import {
  loadEffectiveSettingsPromptly,
  onEffectiveSettingsChanged,
} from '../../shell/effective-settings.ts';
import { loadSettings } from '../../shell/settings-store.ts';
import { cacheStatus } from '../../shell/status-cache.ts';
import { browserEvents, IDLE_DETECTION_SECONDS } from './browser-events.ts';
import { createEngineHost } from './engine-host.ts';
import { createMessageRouter } from './message-router.ts';
import { missedEvents, readForeground } from './missed-events.ts';
import { firstWorkerOfSession, reconcilePrompt } from './reconcile-prompt.ts';
import { restoreReminders } from './reminders.ts';
import { syncReplySites } from './reply-sites.ts';
import { createRoutes } from './routes.ts';
import { createEffectRunner } from './run-effects.ts';
import { createTestHooks, logTestWakeUp } from './test-hooks.ts';
import { setWakeAlarm, WAKE_ALARM } from './wake-alarm.ts';

/**
 * The imperative shell. Every listener is registered synchronously at start (a stopped worker is
 * woken by the event that needs it), turns a browser event into a core event, and hands it to the
 * engine host, which steps the pure core, commits state and records together, and runs the effects.
 */
export default defineBackground(() => {
  const history = openHistory();
  const runEffects = createEffectRunner({
    onPromptFailed: ({ prompt }) => void engine.dispatch({ type: 'prompt-failed', prompt }),
  });
  const engine = createEngineHost({
    history,
    now,
    prepareClock,
    loadSettings: async () => {
      const settings = await loadEffectiveSettingsPromptly(settingsChanged);
      return {
        ...settings,
        timeZone: resolveTimeZone(settings, Intl.DateTimeFormat().resolvedOptions().timeZone),
      };
    },
    runEffects,
    afterStep: (state, settings, at) => cacheStatus(statusView(state, settings, at)),
    wake: setWakeAlarm,
  });
  function settingsChanged() {
    engine.settingsChanged();
    // New hours or thresholds move the next wake: a step under the new settings sets it.
    void engine.dispatch({ type: 'tick' });
  }
  const events = browserEvents(engine);
  // First in the queue at every worker start, so ahead of the event that woke it: catch up with what
  // the browser shows (events a stopped worker heard but never committed), then make the prompt the
  // engine says is showing true on screen.
  // The browser is asked at once, while the engine's state loads, so the waking event waits no longer.
  const foreground = readForeground();
  const browserStarted = firstWorkerOfSession();
  void engine.reconcile(async (state, settings) => missedEvents(state, await foreground, settings));
  void engine.reconcile(async (state, _settings, at) =>
    reconcilePrompt(state, at, await browserStarted),
  );

  browser.alarms.onAlarm.addListener((alarm) => {
    // Minutes late means the machine slept through it (a one-shot alarm: its own scheduled time).
    if (alarm.name === WAKE_ALARM) {
      if (__INTERLUDE_TEST_BUILD__) void logTestWakeUp('alarm');
      void engine.dispatch(periodicAlarmEvent(Date.now() - alarm.scheduledTime));
    } else events.alarm(alarm.name);
  });
  browser.tabs.onActivated.addListener(events.tabActivated);
  browser.tabs.onUpdated.addListener(events.tabUpdated);
  browser.tabs.onRemoved.addListener(events.tabRemoved);
  browser.windows.onFocusChanged.addListener(events.windowFocus);
  browser.windows.onRemoved.addListener(events.windowRemoved);
  browser.windows.onBoundsChanged?.addListener(events.windowBounds);
  browser.idle.onStateChanged.addListener(events.idle);
  browser.commands.onCommand.addListener(events.command);
  polyfill.runtime.onMessage.addListener(
    createMessageRouter(createRoutes(engine, history), browser.runtime.id),
  );
  if (__INTERLUDE_TEST_BUILD__)
    polyfill.runtime.onMessage.addListener(createTestHooks(engine, browser.runtime.id));
  const listenForSettings = () =>
    onEffectiveSettingsChanged(() => {
      settingsChanged();
      void syncReplySites();
    });
  // Firefox logs "sendRemoveListener on closed conduit" (Mozilla bug 1633315) when it stops an event
  // page still holding a storage listener: let go of it as the page suspends, take it up if it stays.
  let stopListeningForSettings = listenForSettings();
  browser.runtime.onSuspend?.addListener(() => stopListeningForSettings());
  browser.runtime.onSuspendCanceled?.addListener(() => {
    stopListeningForSettings = listenForSettings();
  });
  browser.permissions.onAdded.addListener(() => void syncReplySites());
  browser.permissions.onRemoved.addListener(() => void syncReplySites());
  // Once per browser session (or install/update), not at every worker start: alarms are lost only
  // across a browser restart or an update, and retention needs running at most daily.
  const onBrowserStart = () => {
    void restoreReminders();
    void Promise.all([history, loadSettings(), prepareClock()]).then(([opened, settings]) =>
      pruneIfDue(opened, settings.retentionDays, now()),
    );
  };
  browser.runtime.onStartup.addListener(onBrowserStart);
  browser.runtime.onInstalled.addListener(({ reason }) => {
    onBrowserStart();
    void syncReplySites();
    if (reason === 'install')
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });

  browser.idle.setDetectionInterval(IDLE_DETECTION_SECONDS);
  // The one wake alarm can be lost with a browser update or a profile restore, and an older version
  // left a periodic one: a step sets it afresh (the first step of every worker does).
  void browser.alarms.get(WAKE_ALARM).then((alarm) => {
    if (!alarm || alarm.periodInMinutes !== undefined) void engine.dispatch({ type: 'tick' });
  });
});
