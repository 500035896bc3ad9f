/** A calm placeholder card while a view's figures are read; `label` says what, for screen readers. */
export function LoadingCard({ label }: { label: string }) {
  return (
    <div class="card skeleton">
      <p class="sr-only">{label}</p>
      <span class="bar" />
      <span class="bar short" />
      <span class="bar" />
    </div>
  );
}
