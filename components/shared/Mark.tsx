/** Interlude's mark: a soft pause sign (two rounded bars) in a sage circle. Decorative. */
export function Mark({ size = 28 }: { size?: number }) {
  return (
    <svg
      class="mark"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="16" cy="16" r="15" fill="var(--mark-bg)" />
      <rect x="10.5" y="9" width="4" height="14" rx="2" fill="var(--mark-fg)" />
      <rect x="17.5" y="9" width="4" height="14" rx="2" fill="var(--mark-fg)" />
    </svg>
  );
}
