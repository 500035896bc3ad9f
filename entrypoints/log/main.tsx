import { uiLocale } from '../../components/i18n/format.ts';
import { setPageLanguage } from '../../components/i18n/page-language.ts';
import '../../components/theme.css';
import '../../components/log/log.css';
import '../../components/log/trends.css';
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { LogView } from '../../components/log/LogFrame.tsx';
import { TrendsLog } from '../../components/log/TrendsLog.tsx';
import { WeeklyLog } from '../../components/log/WeeklyLog.tsx';
import { gentleSigns } from '../../core/gentle-signs.ts';
import { resolveTimeZone, type Settings } from '../../core/settings.ts';
import { localMidnight, weekStartOf } from '../../core/week-start-of.ts';
import type { History } from '../../db/history.ts';
import { openHistory } from '../../db/open-history.ts';
import { pruneIfDue } from '../../db/prune-if-due.ts';
import { loadSettings, onSettingsChanged, saveSettings } from '../../shell/settings-store.ts';
import { useDataControls } from './use-data-controls.ts';
import { useLaterWeek } from './use-later-week.ts';
import { useTrends } from './use-trends.ts';
import { useWeekSummary } from './use-week-summary.ts';

const locale = uiLocale();
const systemZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
// Started before the first render, so opening the database overlaps loading the page.
const opening = Promise.all([openHistory(), loadSettings()]);
/** The view the address asks for: `#trends`, or the week. */
const viewOf = (): LogView => (location.hash === '#trends' ? 'trends' : 'week');

/** The pause log page. It only wires: history and settings in, a week summary or trends out. */
function LogPage() {
  const [view, setView] = useState<LogView>(viewOf);
  const [history, setHistory] = useState<History>();
  const [settings, setSettings] = useState<Settings>();
  const [weekStart, setWeekStart] = useState<number>();
  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  const zone = settings ? resolveTimeZone(settings, systemZone) : systemZone;
  const startOf = (at: number, s: Settings) =>
    weekStartOf(at, resolveTimeZone(s, systemZone), s.weekStartsOn, locale);

  useEffect(() => {
    void opening.then(([h, s]) => {
      setHistory(h);
      setSettings(s);
      setWeekStart(startOf(Date.now(), s));
    });
    return onSettingsChanged((s) => {
      setSettings(s);
      // Keep showing the same days when the week start or the zone changes.
      setWeekStart((shown) => (shown === undefined ? shown : startOf(shown + 3 * 86_400_000, s)));
    });
  }, []);
  useEffect(() => {
    const follow = () => setView(viewOf());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);

  // Only the view on screen reads history.
  const { summary, comparing } = useWeekSummary(
    view === 'week' ? history : undefined,
    weekStart,
    zone,
    version,
  );
  const weekShown = summary !== undefined && summary.weekStart === weekStart;
  // The Later list's card follows the week: read once the week is on screen.
  const laterItems = useLaterWeek(
    view === 'week' && weekShown ? history : undefined,
    weekStart,
    zone,
    settings,
    version,
  );
  const thisWeekStart = settings ? startOf(Date.now(), settings) : undefined;
  const trends = useTrends(
    view === 'trends' ? history : undefined,
    thisWeekStart,
    zone,
    settings?.workHours,
    version,
  );

  const ready = view === 'week' ? weekShown : !!trends;
  useEffect(() => {
    if (!ready) return;
    performance.mark(`interlude:${view}-ready`, { detail: weekStart });
    // Retention runs after the first week is on screen, at most once a day.
    if (history && settings && version === 0) {
      void pruneIfDue(history, settings.retentionDays, Date.now())
        .then((deleted) => deleted > 0 && reload())
        .catch(() => undefined);
    }
  }, [ready, weekStart, view]);

  const data = useDataControls(history, settings, reload);
  if (!settings || weekStart === undefined) return null;
  const now = Date.now();
  const thisWeek = startOf(now, settings);
  const move = (weeks: number) =>
    setWeekStart((shown) => localMidnight(shown ?? thisWeek, zone, weeks * 7));
  const status = history?.status() ?? { persistent: true };

  if (view === 'trends')
    return (
      <TrendsLog
        trends={trends}
        observations={
          trends && settings.gentleSigns ? gentleSigns(trends, settings.endOfDay.enabled) : []
        }
        zone={zone}
        locale={locale}
        settingsHref={browser.runtime.getURL('/settings.html')}
        supportHref={browser.runtime.getURL('/support.html')}
        onHideSigns={() => void saveSettings({ gentleSigns: false })}
      />
    );
  return (
    <WeeklyLog
      weekStart={weekStart}
      weekEnd={localMidnight(weekStart, zone, 7)}
      summary={summary}
      comparing={comparing}
      zone={zone}
      now={now}
      locale={locale}
      isThisWeek={weekStart >= thisWeek}
      onPreviousWeek={() => move(-1)}
      onNextWeek={() => move(1)}
      onThisWeek={() => setWeekStart(thisWeek)}
      persistent={status.persistent}
      persistenceReason={status.reason}
      settingsHref={browser.runtime.getURL('/settings.html')}
      supportHref={browser.runtime.getURL('/support.html')}
      data={data}
      laterItems={laterItems}
    />
  );
}

setPageLanguage('title_log');
render(<LogPage />, document.getElementById('app') as HTMLElement);
