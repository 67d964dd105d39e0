/**
 * The title block of a screen. The heading takes focus programmatically (tabIndex -1) so that
 * after navigation keyboard and screen-reader users land on the new screen's title.
 */
export function ScreenHeader({ title, subtitle }: { title: string; subtitle: string }) {
  return (
    <div className="screen-header">
      <h1 tabIndex={-1}>{title}</h1>
      <p className="screen-subtitle">{subtitle}</p>
    </div>
  );
}
