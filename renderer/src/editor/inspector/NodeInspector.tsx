/**
 * The inspector: one form per node type, validated as the user types. Forms are controlled:
 * each change sends a whole new node through `onChange` (the editor applies it through its
 * undoable store) and nothing heavier than validating this one step runs per keystroke.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Channel, Journey, JourneyNode } from '../../../../core/journey';
import { assertNever } from '../../../../core/journey';
import type { Language } from '../../../../core/rules';
import type { Template } from '../../../../core/whatsapp/template';
import { ATTRIBUTE_FIELDS, SplitAttributeForm } from './SplitAttributeForm';
import { ENGAGEMENT_FIELDS, SplitEngagementForm } from './SplitEngagementForm';
import { ENTRY_FIELDS, EntryForm } from './EntryForm';
import { IssueList } from './Field';
import { nodeIssues, unclaimed, type IssuePath } from './node-issues';
import { RANDOM_FIELDS, SplitRandomForm } from './SplitRandomForm';
import { REPLY_FIELDS, WaitForReplyForm } from './WaitForReplyForm';
import { SESSION_FIELDS, SessionForm } from './SessionForm';
import { TEMPLATE_FIELDS, TemplateForm } from './TemplateForm';
import { UPDATE_FIELDS, UpdateContactForm } from './UpdateContactForm';
import { WAIT_FIELDS, WaitForm } from './WaitForm';
import './inspector.css';

export type NodeInspectorProps = {
  node: JourneyNode;
  /** The template library; the template form offers those of the channel's business unit. */
  templates: readonly Template[];
  channel: Channel | undefined;
  /** The audience's attributes, offered as `{{contact.ATTR}}` and in conditions. */
  attributes: readonly string[];
  /** Language of the inline messages; the interface language when absent. */
  language?: Language;
  onChange: (node: JourneyNode) => void;
  /** The whole journey, for forms that look around the step (an engagement split's message). */
  journey?: Journey;
};

/** Fields each form shows problems at; the rest are listed above the form. */
const CLAIMS: Record<JourneyNode['type'], readonly IssuePath[]> = {
  entry: ENTRY_FIELDS,
  whatsapp_template: TEMPLATE_FIELDS,
  whatsapp_session: SESSION_FIELDS,
  wait: WAIT_FIELDS,
  wait_for_reply: REPLY_FIELDS,
  split_engagement: ENGAGEMENT_FIELDS,
  split_attribute: ATTRIBUTE_FIELDS,
  split_random: RANDOM_FIELDS,
  update_contact: UPDATE_FIELDS,
  exit: [],
};

export function NodeInspector({ node, templates, channel, attributes, language, onChange, journey }: NodeInspectorProps) {
  const { t, i18n } = useTranslation();
  const lang: Language = language ?? (i18n.language === 'fr' ? 'fr' : 'en');
  const issues = useMemo(() => nodeIssues(node, templates, channel, lang), [node, templates, channel, lang]);
  const general = unclaimed(issues, CLAIMS[node.type]).map((f) => f.message);
  return (
    <section className="node-inspector" aria-label={t('inspector.label')}>
      <h2 className="node-inspector-title">{t('inspector.title', { type: t(`editor.types.${node.type}`), id: node.id })}</h2>
      <IssueList issues={general} />
      <form className="node-inspector-form" onSubmit={(e) => e.preventDefault()}>
        <NodeForm node={node} issues={issues} onChange={onChange} templates={templates} channel={channel} attributes={attributes} journey={journey} />
      </form>
    </section>
  );
}

type NodeFormProps = Omit<NodeInspectorProps, 'language'> & { issues: ReturnType<typeof nodeIssues> };

function NodeForm({ node, issues, onChange, templates, channel, attributes, journey }: NodeFormProps) {
  const { t } = useTranslation();
  switch (node.type) {
    case 'entry':
      return <EntryForm node={node} issues={issues} onChange={onChange} />;
    case 'whatsapp_template':
      return <TemplateForm node={node} issues={issues} onChange={onChange} templates={templates} channel={channel} attributes={attributes} />;
    case 'whatsapp_session':
      return <SessionForm node={node} issues={issues} onChange={onChange} />;
    case 'wait':
      return <WaitForm node={node} issues={issues} onChange={onChange} />;
    case 'wait_for_reply':
      return <WaitForReplyForm node={node} issues={issues} onChange={onChange} journey={journey} templates={templates} />;
    case 'split_engagement':
      return <SplitEngagementForm node={node} issues={issues} onChange={onChange} journey={journey} />;
    case 'split_attribute':
      return <SplitAttributeForm node={node} issues={issues} onChange={onChange} attributes={attributes} />;
    case 'split_random':
      return <SplitRandomForm node={node} issues={issues} onChange={onChange} />;
    case 'update_contact':
      return <UpdateContactForm node={node} issues={issues} onChange={onChange} attributes={attributes} />;
    case 'exit':
      return <p className="field-hint">{t('inspector.exit.body')}</p>;
    default:
      return assertNever(node);
  }
}
