/** Renders the NodeInspector over a node held in state, as the editor does, and records every change. */
import { useState } from 'react';
import { Channel, type JourneyNode } from '../../../core/journey';
import { Template } from '../../../core/whatsapp/template';
import sampleChannels from '../../../assets/sample/channels.json';
import sampleTemplates from '../../../assets/sample/templates.json';
import { NodeInspector, type NodeInspectorProps } from '../../../renderer/src/editor/inspector/NodeInspector';
import type { Language } from '../../../renderer/src/i18n/languages';
import { renderWithI18n } from '../preview/render-with-i18n';

export const templates: Template[] = sampleTemplates.map((t) => Template.parse(t));
export const channel: Channel = Channel.parse(sampleChannels[0]);
export const attributes = ['first_name', 'city', 'tier'];

type Options = Partial<Omit<NodeInspectorProps, 'node' | 'onChange'>> & { uiLanguage?: Language };

export function renderInspector(initial: JourneyNode, options: Options = {}) {
  const changes: JourneyNode[] = [];
  const { uiLanguage, ...props } = options;
  function Harness() {
    const [node, setNode] = useState(initial);
    return (
      <NodeInspector
        templates={templates}
        channel={channel}
        attributes={attributes}
        {...props}
        node={node}
        onChange={(next) => {
          changes.push(next);
          setNode(next);
        }}
      />
    );
  }
  const view = renderWithI18n(<Harness />, uiLanguage);
  /** The node as the editor holds it after the last change. */
  const last = () => changes.at(-1) ?? initial;
  return { ...view, changes, last };
}
