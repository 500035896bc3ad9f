import { t } from '../i18n/messages.ts';
/** Props of {@link WeekNav}. */
export interface WeekNavProps {
  title: string;
  isThisWeek: boolean;
  onPreviousWeek(): void;
  onNextWeek(): void;
  onThisWeek(): void;
}

/**
 * The week's dates and the way between weeks. Buttons work with Tab and Enter; inside the bar the
 * arrow keys move a week back or forward and Home returns to this week. There is no week after this one.
 */
export function WeekNav({
  title,
  isThisWeek,
  onPreviousWeek,
  onNextWeek,
  onThisWeek,
}: WeekNavProps) {
  const rtl = document.documentElement.dir === 'rtl';
  const [earlier, later] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // The week before lies towards where reading starts: left, or right in a right-to-left language.
    if (event.key === earlier) onPreviousWeek();
    else if (event.key === later && !isThisWeek) onNextWeek();
    else if (event.key === 'Home') onThisWeek();
    else return;
    event.preventDefault();
  };
  return (
    <nav class="week-nav" aria-label={t('week_nav')} onKeyDown={onKeyDown}>
      <button type="button" onClick={onPreviousWeek} aria-keyshortcuts={earlier}>
        <span class="arrow" aria-hidden="true">
          ‹
        </span>
        {t('week_previous')}
      </button>
      <h2 class="week-title" aria-live="polite">
        {title}
      </h2>
      <div class="week-nav-end">
        <button
          type="button"
          class="quiet"
          onClick={onThisWeek}
          aria-keyshortcuts="Home"
          aria-disabled={isThisWeek}
        >
          {t('week_this')}
        </button>
        {/* aria-disabled, not disabled: a disabled button drops keyboard focus to the page. */}
        <button
          type="button"
          onClick={() => !isThisWeek && onNextWeek()}
          aria-keyshortcuts={later}
          aria-disabled={isThisWeek}
        >
          {t('week_next')}
          <span class="arrow" aria-hidden="true">
            ›
          </span>
        </button>
      </div>
    </nav>
  );
}
