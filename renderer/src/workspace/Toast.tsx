/**
 * A short notice at the foot of the screen, announced politely to screen readers, with an
 * optional action (Undo). It stays until dismissed or replaced: an Undo that vanishes on a
 * timer punishes slow readers.
 */
export type ToastMessage = { id: number; text: string; tone?: 'info' | 'error'; action?: { label: string; run: () => void } };

export function Toast({ toast, onDismiss, dismissLabel }: { toast: ToastMessage | null; onDismiss: () => void; dismissLabel: string }) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className={toast.tone === 'error' ? 'toast toast-error' : 'toast'} key={toast.id}>
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="button"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="button button-quiet" onClick={onDismiss} aria-label={dismissLabel}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
