/**
 * The agency hand-off: the readiness report (one HTML file that prints to PDF) and the journey
 * package (the journey file with the templates and channel it needs, as the Journeys screen
 * imports it on the client's machine).
 */
import { validateJourney } from '../../../core/rules';
import type { SimulationResult } from '../../../core/sim';
import { exportJourneyText, fileSlug } from '../../db';
import { downloadFile } from '../workspace/download';
import { canvasImageSource } from '../editor/export/canvas-source';
import { useTranslation } from 'react-i18next';
import { reportTexts } from '../reports/use-report-texts';
import type { SimulationSetup } from '../simulation/sim-input';
import { buildReadinessHtml } from './readiness-html';

/** The editor's canvas image, or why there is none (undefined: no canvas is open). */
export type CanvasShot = { image: string } | { error: string } | undefined;

/**
 * Renders the open editor's canvas of `journeyId`, if there is one, in the light theme: the
 * report is printed on paper, so a dark app must not give it a dark canvas. A failure is kept
 * as its message.
 */
export async function shootCanvas(journeyId: string): Promise<CanvasShot> {
  const source = canvasImageSource(journeyId);
  if (!source) return undefined;
  try {
    return { image: await source('light') };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** The report's HTML for a simulated setup, in `language`; `at` is when it is made (ISO 8601). */
export function readinessHtmlOf(setup: SimulationSetup, result: SimulationResult | undefined, language: 'en' | 'fr', at: string, audienceName: string, canvas?: CanvasShot): string {
  const { journey, templates, channels, audience } = setup;
  return buildReadinessHtml(
    {
      journey,
      findings: validateJourney({ journey, templates, channels, audience, language }),
      templates,
      channel: channels.find((c) => c.id === journey.channel),
      audience: { name: audienceName, contacts: audience },
      simulation: result,
      ...(canvas && 'image' in canvas ? { canvasImage: canvas.image } : {}),
      ...(canvas && 'error' in canvas ? { canvasError: canvas.error } : {}),
      at,
      language,
    },
    reportTexts(language).handoff,
  );
}

export function HandoffButtons({ setup, result }: { setup: SimulationSetup; result: SimulationResult | undefined }) {
  const { t, i18n } = useTranslation('reports');
  const language = i18n.language === 'fr' ? 'fr' : 'en';
  const slug = fileSlug(setup.journey.name || setup.journey.id);
  const report = async () => {
    const canvas = await shootCanvas(setup.journey.id);
    // The report is dated when it is made: the one place a clock is read, here in the UI.
    const html = readinessHtmlOf(setup, result, language, new Date().toISOString(), '', canvas);
    downloadFile(`${slug}-readiness.html`, html, 'text/html;charset=utf-8');
  };
  const journeyPackage = async () => {
    const file = await exportJourneyText(setup.journey.id);
    if (file) downloadFile(file.fileName, file.text);
  };
  return (
    <div className="report-buttons">
      <button type="button" className="button" data-testid="handoff-report" onClick={() => void report()}>
        {t('reports.handoff')}
      </button>
      <button type="button" className="button" data-testid="handoff-package" onClick={() => void journeyPackage()}>
        {t('reports.package')}
      </button>
    </div>
  );
}
