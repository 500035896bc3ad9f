/** Props of {@link EmptyWeek}. */
export interface EmptyWeekProps {
  isThisWeek: boolean;
}

/** What a week without any records shows: what will appear here, and that nothing is missing. */
export function EmptyWeek({ isThisWeek }: EmptyWeekProps) {
  return (
    <section class="card empty-week" aria-labelledby="empty-title">
      <h2 id="empty-title">
        {isThisWeek ? 'Nothing logged yet this week' : 'Nothing was logged this week'}
      </h2>
      <p>
        As you work, this page fills in by itself: the pauses Interlude offered and what you did
        with them, the natural breaks you took, your screen time and longest stretch without a pause
        each day, your answers to “what is mine to do?”, and your end-of-day notes.
      </p>
      <p class="hint">
        {isThisWeek
          ? 'Interlude only counts time during the working hours in your settings.'
          : 'Perhaps you were away, or Interlude was not installed yet. That is fine.'}
      </p>
    </section>
  );
}
