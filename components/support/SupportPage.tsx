import { Mark } from '../shared/Mark.tsx';

/** Props of {@link SupportPage}. */
export interface SupportPageProps {
  /** A crisis line for the person's region, as text (e.g. a name and a number); empty when not set. */
  crisisLine: string;
}

const signs = [
  'Sleep has gone wrong for more than a few nights: you cannot get to sleep, or you wake long before you need to.',
  'Dread before work that does not lift at the weekend or on holiday.',
  'Feeling numb or flat, or that nothing you do matters any more.',
  'Pulling away from people you would usually want to see.',
  'Leaning on alcohol, pills or other substances to get through the day or to switch off.',
  'Being too worn out to work, drive or look after someone safely.',
  'Thoughts of hurting yourself, or that others would be better off without you.',
];

/**
 * "When it is more than stress": warning signs and where to turn, in plain words. Reachable from the
 * popup, the log and the end-of-day release. Says plainly that it is not medical advice.
 */
export function SupportPage({ crisisLine }: SupportPageProps) {
  return (
    <main class="page support" aria-labelledby="support-title">
      <header class="brand">
        <Mark size={24} />
        <span>Interlude</span>
      </header>
      <h1 id="support-title">When it is more than stress</h1>
      <p class="lead">
        Short pauses help on an ordinary hard day. They are not enough when something bigger is
        going on, and needing more is nothing to be ashamed of.
      </p>
      <section aria-labelledby="signs-title">
        <h2 id="signs-title">Signs worth taking seriously</h2>
        <ul>
          {signs.map((sign) => (
            <li key={sign}>{sign}</li>
          ))}
        </ul>
        <p>
          If any of these has lasted a couple of weeks, or is getting worse, please talk to someone.
        </p>
      </section>
      <section aria-labelledby="turn-title">
        <h2 id="turn-title">Where to turn</h2>
        <ul>
          <li>
            Your GP or doctor. Tiredness, low mood and poor sleep are good reasons to book an
            appointment.
          </li>
          <li>Someone you trust: a friend, a partner, a colleague, a supervisor.</li>
          <li>
            Your employee assistance programme, if your workplace has one. It is usually free and
            confidential.
          </li>
          <li>
            {crisisLine.trim() ? (
              <>
                A crisis line, any time of day: <strong>{crisisLine.trim()}</strong>
              </>
            ) : (
              // No line is set by default (they differ by country): say where one can be added.
              'A crisis line, any time of day. You can add your local one in Interlude’s settings, so it is here when you need it.'
            )}
          </li>
        </ul>
        <p class="notice" role="note">
          If you or someone else is in immediate danger, call your local emergency number now.
        </p>
      </section>
      <p class="hint">
        This page is not medical advice and Interlude is not a treatment. It is a small tool for
        ordinary hard days, and you deserve real care when the days are more than that.
      </p>
    </main>
  );
}
