import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Journey } from '../../../../core/journey';
import { ruleText, RULES, type Finding, type Language } from '../../../../core/rules';
import { FIX_LABELS, fixesFor, fixIdsFor, type FixContext, type FixId } from '../fixes';

type FindingItemProps = {
  finding: Finding;
  /** How the finding's node is named ("Wait w-2"); undefined for a finding about the journey. */
  place: string;
  /** With the journey, only the fixes that change it are offered; without, every fix of the rule. */
  journey: Journey | undefined;
  fixContext: FixContext | undefined;
  language: Language;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding, fixId: FixId) => void;
};

/**
 * One finding: where, what, a "Why?" with the rule's teaching text, and its standard fixes.
 * Memoised, and its fixes with it: they are worked out again only when the finding, the
 * journey or the library changes, never because the panel re-rendered.
 */
export const FindingItem = memo(function FindingItem({ finding, place, journey, fixContext, language, onSelect, onFix }: FindingItemProps) {
  const { t } = useTranslation();
  const fixes = useMemo(
    () => (journey ? fixesFor(finding, journey, fixContext) : fixIdsFor(finding).map((id) => ({ id, label: FIX_LABELS[id] }))),
    [finding, journey, fixContext],
  );
  const { title, teaching } = ruleText(finding.rule, language);
  const located = finding.node !== undefined || finding.edge !== undefined;
  return (
    <li className={`finding finding-${finding.severity}`}>
      <div className="finding-head">
        <span className="finding-rule">{title}</span>
        {located ? (
          <button type="button" className="finding-place" onClick={() => onSelect(finding)} aria-label={t('findings.selectNode', { node: place })}>
            {place}
          </button>
        ) : (
          <span className="finding-place">{place}</span>
        )}
      </div>
      <p className="finding-message">{finding.message}</p>
      <details className="finding-why">
        <summary>{t('findings.why')}</summary>
        <p>{teaching}</p>
        <p className="finding-sources-title">{t('findings.sources')}</p>
        <ul className="finding-sources">
          {RULES[finding.rule].sources.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
      {fixes.length > 0 ? (
        <div className="finding-fixes">
          {fixes.map((fix) => (
            <button key={fix.id} type="button" className="button button-small" onClick={() => onFix(finding, fix.id)} aria-label={t('findings.fixFor', { fix: t(fix.label), rule: `${title} (${place})` })}>
              {t(fix.label)}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
});
