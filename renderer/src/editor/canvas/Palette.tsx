/**
 * Every step type, grouped, as drag sources (HTML5 drag and drop: the canvas reads the type
 * from the drag data) and as buttons: Enter or a click adds the step in the middle of the
 * view, so the palette works without a mouse too.
 */
import type { DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeType } from '../../../../core/journey';
import { PALETTE_GROUPS } from '../node-catalogue';
import { StepIcon, stepFamily } from '../nodes/step-icons';

/** The drag data type a palette item carries. */
export const PALETTE_MIME = 'application/x-wa-journey-step';
export type PaletteItem = NodeType | 'note';

export function Palette({ onAdd, disabled = false }: { onAdd: (item: PaletteItem) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const start = (item: PaletteItem) => (event: DragEvent) => {
    event.dataTransfer.setData(PALETTE_MIME, item);
    event.dataTransfer.effectAllowed = 'copy';
  };
  const button = (item: PaletteItem, family: string) => {
    const name = t(`editor.types.${item}`);
    return (
      <li key={item}>
        <button
          type="button"
          className={`palette-item palette-${family}`}
          draggable={!disabled}
          disabled={disabled}
          onDragStart={start(item)}
          onClick={() => onAdd(item)}
          aria-label={t('editor.palette.add', { step: name })}
          title={t('editor.palette.add', { step: name })}
          data-palette-item={item}
        >
          <span className="palette-icon">
            <StepIcon type={item} />
          </span>
          <span>{name}</span>
        </button>
      </li>
    );
  };
  return (
    <aside className="palette" aria-labelledby="palette-title">
      <h2 id="palette-title" className="palette-title">
        {t('editor.palette.title')}
      </h2>
      {PALETTE_GROUPS.map((group) => (
        <section key={group.id} className="palette-group" aria-label={t(`editor.palette.groups.${group.id}`)}>
          <h3>{t(`editor.palette.groups.${group.id}`)}</h3>
          <ul>{group.types.map((type) => button(type, stepFamily(type)))}</ul>
        </section>
      ))}
      <section className="palette-group" aria-label={t('editor.types.note')}>
        <ul>{button('note', 'note')}</ul>
      </section>
      <p className="palette-hint">{t('editor.palette.hint')}</p>
    </aside>
  );
}
