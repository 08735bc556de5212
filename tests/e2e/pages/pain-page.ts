/** Page object for "Where does it hurt?": painting, the safety check and the ranked results. */
import type { Page } from '@playwright/test';
import { BodyPage } from './body-page';

export class PainPage extends BodyPage {
  constructor(page: Page) {
    super(page);
  }

  readonly panel = () => this.page.getByTestId('pain-panel');
  readonly candidates = () => this.page.getByTestId('pain-candidate');
  readonly markedAreas = () => this.page.getByRole('list', { name: 'Marked areas' });

  async openPainTab() {
    await this.page.getByRole('tab', { name: 'Where does it hurt?' }).click();
  }

  async clearSafetyCheck() {
    await this.page.getByRole('button', { name: /None of these apply/ }).click();
  }

  /** Drags the brush across the body through the given screen points. */
  async paintStroke(points: { x: number; y: number }[]) {
    await this.page.mouse.move(points[0].x, points[0].y);
    await this.page.mouse.down();
    for (const p of points.slice(1)) await this.page.mouse.move(p.x, p.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /** Muscle names of the listed candidates, best first. */
  async candidateMuscles(): Promise<string[]> {
    return this.page.evaluate(() => window.__myomap!.candidates().map((c) => c.muscle));
  }
}
