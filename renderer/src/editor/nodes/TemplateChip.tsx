/** A template step's name, language, category and approval status, read from the library. */
import { useStepTexts } from './step-texts';
import type { NodeOf } from '../../../../core/journey';
import { useEditor } from '../store/editor-context';
import { selectTemplates } from '../store/selectors';

export function TemplateChip({ node }: { node: NodeOf<'whatsapp_template'> }) {
  const t = useStepTexts();
  const templates = useEditor(selectTemplates);
  const { template: name, language } = node.data;
  if (!name) return <p className="step-missing">{t('editor.summary.noTemplate')}</p>;
  const template = templates.find((x) => x.name === name && (language === undefined || x.language === language));
  return (
    <>
      <p className="step-strong step-mono">
        {name}
        {language && <span className="step-lang">{language}</span>}
      </p>
      {template ? (
        <p className="step-chips">
          <span className="step-chip chip-category">{t(`editor.category.${template.category}`)}</span>
          <span className={`step-chip chip-status chip-status-${template.status.toLowerCase()}`}>{t(`editor.status.${template.status}`)}</span>
        </p>
      ) : (
        <p className="step-chips">
          <span className="step-chip chip-status chip-status-rejected">{t('editor.summary.templateMissing')}</span>
        </p>
      )}
    </>
  );
}
