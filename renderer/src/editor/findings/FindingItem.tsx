import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleText, RULES, type Finding, type Language } from '../../../../core/rules';
import { FIX_LABELS, type FixId } from '../fixes';

type FindingItemProps = {
  finding: Finding;
  /** How the finding's node is named ("Wait w-2"); undefined for a finding about the journey. */
  place: string;
  /** The fixes offered: those that would change the journey as it is now. */
  fixes: readonly FixId[];
  language: Language;
  onSelect: (finding: Finding) => void;
  onFix: (finding: Finding, fixId: FixId) => void;
};

/**
 * One finding: where, what, a "Why?" with the rule's teaching text, and its standard fixes.
 * Memoised on its values, the fixes compared id by id: typing in the inspector makes a new
 * journey on every keystroke, and an item re-renders only when what it shows changed.
 */
export const FindingItem = memo(function FindingItem({ finding, place, fixes, language, onSelect, onFix }: FindingItemProps) {
  const { t } = useTranslation();
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
            <button key={fix} type="button" className="button button-small" onClick={() => onFix(finding, fix)} aria-label={t('findings.fixFor', { fix: t(FIX_LABELS[fix]), rule: `${title} (${place})` })}>
              {t(FIX_LABELS[fix])}
            </button>
          ))}
        </div>
      ) : null}
    </li>
  );
}, sameItem);

function sameItem(a: FindingItemProps, b: FindingItemProps): boolean {
  return (
    // A new validation brings new objects for the same findings: compared by value.
    (a.finding === b.finding || JSON.stringify(a.finding) === JSON.stringify(b.finding)) &&
    a.place === b.place &&
    a.language === b.language &&
    a.onSelect === b.onSelect &&
    a.onFix === b.onFix &&
    a.fixes.length === b.fixes.length &&
    a.fixes.every((id, i) => id === b.fixes[i])
  );
}
