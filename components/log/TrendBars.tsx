/** Props of {@link TrendBars}. */
export interface TrendBarsProps {
  values: readonly number[];
  /** Per bar: the week is still under way (drawn lighter). */
  partial: readonly boolean[];
  /** What the picture shows, in words, for screen readers. */
  label: string;
}

const HEIGHT = 40;
const BAR = 10;
const GAP = 4;

/** A row of small bars scaled to the largest value; an empty week keeps a hairline so it still shows. */
export function TrendBars({ values, partial, label }: TrendBarsProps) {
  const largest = Math.max(1, ...values);
  const width = values.length * (BAR + GAP) - GAP;
  return (
    <svg
      class="trend-bars"
      viewBox={`0 0 ${width} ${HEIGHT}`}
      preserveAspectRatio="none"
      role="img"
      aria-label={label}
    >
      {values.map((value, i) => {
        const height = Math.max(1, Math.round((value / largest) * HEIGHT));
        return (
          <rect
            key={i}
            class={partial[i] ? 'partial' : undefined}
            x={i * (BAR + GAP)}
            y={HEIGHT - height}
            width={BAR}
            height={height}
            rx={2}
          />
        );
      })}
    </svg>
  );
}
