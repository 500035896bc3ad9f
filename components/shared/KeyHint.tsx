/** A visible key hint inside a control; hidden from screen readers, which hear `aria-keyshortcuts`. */
export function KeyHint({ label }: { label: string }) {
  return (
    <span class="key" aria-hidden="true">
      {label}
    </span>
  );
}
