/**
 * The canvas component of every journey step. Memoized, and subscribed only to its own status,
 * so a drag frame or a selection change re-renders only the steps it touches (see the
 * render-count test). Outputs are labelled rows on the right, one handle each; the input is on
 * the left: journeys read left to right.
 */
import { Handle, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useStepTexts } from './step-texts';
import type { JourneyNode } from '../../../../core/journey';
import { outputHandles } from '../../../../core/journey';
import type { StepFlowNode } from '../convert';
import { handleName } from './handle-names';
import { StepIcon, stepFamily } from './step-icons';
import { StepSummary } from './StepSummary';
import { useStepStatus } from './use-step-status';

/** The label of an output: a branch's own label, else the handle's name in the interface language. */
function useHandleLabel(node: JourneyNode) {
  const t = useStepTexts();
  return (handle: string): string => {
    if ((node.type === 'split_attribute' || node.type === 'split_random') && handle !== 'else') {
      const branch = node.data.branches?.find((b) => b.id === handle);
      const label = branch?.label || handle;
      return node.type === 'split_random' && branch ? `${label} · ${branch.percent} %` : label;
    }
    return handleName(t, handle);
  };
}

function StepNodeView({ id, data, selected }: NodeProps<StepFlowNode>) {
  const t = useStepTexts();
  const { node } = data;
  const status = useStepStatus(id);
  const label = useHandleLabel(node);
  const typeName = t(`editor.types.${node.type}`);
  const handles = outputHandles(node);
  const classes = ['step', `step-${stepFamily(node.type)}`];
  if (selected) classes.push('is-selected');
  if (status.lit) classes.push('is-lit');
  if (status.target) classes.push('is-target');
  if (status.mark) classes.push(`mark-${status.mark}`);
  if (status.errors) classes.push('has-errors');
  else if (status.warnings) classes.push('has-warnings');

  return (
    <div className={classes.join(' ')} data-step-id={id} data-step-type={node.type}>
      {node.type !== 'entry' && <Handle type="target" position={Position.Left} className="step-input" aria-label={t('editor.handles.input', { step: id })} />}
      <div className="step-header">
        <span className="step-icon">
          <StepIcon type={node.type} />
        </span>
        <span className="step-type">{typeName}</span>
        <span className="step-id">{id}</span>
        {status.mark && <span className={`step-mark step-mark-${status.mark}`}>{t(`editor.revisions.${status.mark}`)}</span>}
        {status.errors > 0 && (
          <span className="step-badge step-badge-error" role="img" aria-label={t('editor.badges.errors', { count: status.errors })}>
            {status.errors}
          </span>
        )}
        {status.warnings > 0 && (
          <span className="step-badge step-badge-warning" role="img" aria-label={t('editor.badges.warnings', { count: status.warnings })}>
            {status.warnings}
          </span>
        )}
      </div>
      <div className="step-body">
        <StepSummary node={node} />
      </div>
      {status.lit && status.hours !== undefined && (
        <div className="step-hours">{t('editor.pathHours', { hours: Math.round(status.hours * 10) / 10 })}</div>
      )}
      {status.target && status.hours === undefined && <div className="step-hours">{t('editor.pathNoOpening')}</div>}
      {handles.length > 0 && (
        <ul className="step-outputs">
          {handles.map((handle) => (
            <li key={handle} className={`step-output step-output-${handle === 'failed' || handle === 'timeout' || handle === 'no' || handle === 'else' ? 'alt' : 'main'}`}>
              <span>{label(handle)}</span>
              <Handle
                type="source"
                id={handle}
                position={Position.Right}
                className="step-handle"
                aria-label={t('editor.handles.output', { handle: label(handle), step: id })}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export const StepNode = memo(StepNodeView);
StepNode.displayName = 'StepNode';
