/** A titled section of the editor's side column (Simulate, the trainer timeline), named by its heading. */
import { useId } from 'react';
import type { ReactNode } from 'react';

export function PanelSection({ title, className, children }: { title: string; className: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className={`side-section ${className}`} aria-labelledby={id}>
      <h2 id={id} className="sim-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
