import { expect, test } from './fixtures';
import { BodyPage, silhouetteChange, type ViewName } from './pages/body-page';

test.describe('the 3D body', () => {
  test('draws the body, filling at least 15% of the canvas in the front view', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.moveMouseAway();
    const readyAt = await page.evaluate(() => window.__myomap!.readyAt);
    expect(readyAt).toBeGreaterThan(0);
    const mask = await body.bodyMask();
    expect(mask.fraction).toBeGreaterThanOrEqual(0.15);
    await body.screenshot('body-front');
  });

  test('each preset view changes the silhouette', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.moveMouseAway();
    const order: ViewName[] = ['front', 'left', 'back', 'right', 'front'];
    let previous = await body.bodyMask();
    for (const view of order.slice(1)) {
      await body.setView(view);
      expect((await body.state()).view).toBe(view);
      const mask = await body.bodyMask();
      expect(silhouetteChange(previous, mask), `silhouette after moving to ${view}`).toBeGreaterThan(0.25);
      if (view !== 'front') await body.screenshot(`body-${view}`);
      previous = mask;
    }
  });

  test('the toolbar buttons move the camera and Reset returns to the front', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.moveMouseAway();
    const front = await body.bodyMask();
    await page.getByRole('button', { name: 'Left side', exact: true }).click();
    await body.moveMouseAway();
    await body.settle();
    expect((await body.state()).view).toBe('left');
    expect(silhouetteChange(front, await body.bodyMask())).toBeGreaterThan(0.25);
    await page.getByRole('button', { name: 'Reset', exact: true }).click();
    await body.moveMouseAway();
    await body.settle();
    expect(silhouetteChange(front, await body.bodyMask())).toBeLessThan(0.03);
  });

  test('hovering a projected region shows its name', async ({ page }) => {
    const body = new BodyPage(page);
    // Only a few markers (one muscle, one side), so that they rarely sit over a region's centre.
    await body.open('/?muscle=soleus&sides=left');
    const regions = await body.regions();
    for (const view of ['front', 'back'] as const) {
      await body.setView(view);
      const visible = [];
      // Fingers are a few pixels wide at full-body zoom, too thin to aim at reliably.
      for (const region of regions.filter((r) => r.area !== 'hand')) {
        const p = await body.projectRegion(region.id);
        if (p.visible) visible.push({ region, p });
      }
      expect(visible.length, `regions visible from the ${view}`).toBeGreaterThan(60);
      const step = Math.floor(visible.length / 8);
      let checked = 0;
      for (let i = 0; i < visible.length; i += step) {
        const { region, p } = visible[i];
        await page.mouse.move(p.x, p.y);
        // A trigger point marker under the pointer takes the label's place; that is tested elsewhere.
        if ((await body.state()).markerHover) continue;
        await expect(body.hoverLabel()).toHaveText(region.name);
        expect((await body.state()).hoverRegion).toBe(region.id);
        checked++;
      }
      expect(checked, `regions checked from the ${view}`).toBeGreaterThanOrEqual(5);
    }
  });

  test('dragging turns the body and the wheel zooms toward the pointer', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.moveMouseAway();
    const before = await body.bodyMask();
    const box = (await body.canvas().boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height * 0.5, { steps: 10 });
    await page.mouse.up();
    await body.moveMouseAway();
    await body.settle();
    const turned = await body.bodyMask();
    expect(silhouetteChange(before, turned)).toBeGreaterThan(0.2);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.45);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -200);
    await body.moveMouseAway();
    await body.settle();
    expect((await body.bodyMask()).fraction).toBeGreaterThan(turned.fraction * 1.3);
  });
});
