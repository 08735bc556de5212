import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { BodyPage } from './pages/body-page';

const isZoneRed = ([r, g, b]: [number, number, number]) => r > 110 && g < r * 0.55 && b < r * 0.55;
const isSkin = ([r, g, b]: [number, number, number]) => r - b > 25 && g > r * 0.6;

test.describe('trigger points on the body', () => {
  test('clicking a marker selects it: the panel names the muscle and its essential zone is painted', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    await body.setView('back');
    const marker = await body.projectMarker('infraspinatus-1', 'right');
    expect(marker.visible).toBe(true);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.mouse.click(marker.x, marker.y);
    await expect(body.detailsMuscle()).toHaveText('Infraspinatus');
    await expect(page.getByTestId('details-panel')).toContainText('Right side');
    expect((await body.state()).selected).toEqual({ id: 'infraspinatus-1', side: 'right' });
    await body.moveMouseAway();
    await body.settle();
    const paint = await page.evaluate(() => window.__myomap!.lastSelectionPaint);
    expect(paint).toMatchObject({ id: 'infraspinatus-1', side: 'right' });
    expect(paint!.paintedAt).toBeGreaterThan(clickedAt);

    const essential = await body.projectRegion('front-of-shoulder-right');
    expect(essential.visible).toBe(true);
    expect(isZoneRed(await body.colourAt(essential.x, essential.y))).toBe(true);
    // Solid essential zone, hatched spillover zone: the pattern, not only the hue, tells them apart.
    const spillover = await body.projectRegion('anterior-arm-upper-right');
    if (spillover.visible) expect(await body.colourSpread(spillover.x, spillover.y)).toBeGreaterThan((await body.colourSpread(essential.x, essential.y)) + 8);
    await body.screenshot('pattern-infraspinatus-framed', true);

    await page.keyboard.press('Escape');
    await body.settle();
    expect((await body.state()).selected).toBeNull();
    expect(isSkin(await body.colourAt(essential.x, essential.y))).toBe(true);
  });

  test('the selected pattern from the front and the back (screenshots)', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open('/?tp=infraspinatus-1&side=right');
    await body.waitForPoints();
    for (const view of ['front', 'back'] as const) {
      await body.setView(view);
      await body.moveMouseAway();
      await body.settle();
      await body.screenshot(`pattern-infraspinatus-${view}`, true);
    }
    await body.open('/?tp=upper-trapezius-1&side=left');
    await body.waitForPoints();
    await body.moveMouseAway();
    await body.settle();
    const temple = await body.projectRegion('temple-left');
    expect(temple.visible).toBe(true);
    expect(isZoneRed(await body.colourAt(temple.x, temple.y))).toBe(true);
    await body.screenshot('pattern-upper-trapezius-framed', true);
  });

  test('a drag that starts on a marker turns the body and selects nothing', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    const marker = await body.projectMarker('rectus-femoris-1', 'left');
    expect(marker.visible).toBe(true);
    await page.mouse.move(marker.x, marker.y);
    await page.mouse.down();
    await page.mouse.move(marker.x + 60, marker.y, { steps: 6 });
    await page.mouse.up();
    await body.settle();
    expect((await body.state()).selected).toBeNull();
  });

  test('hovering a marker names it', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    const marker = await body.projectMarker('rectus-femoris-1', 'right');
    await page.mouse.move(marker.x, marker.y);
    await expect(page.getByTestId('marker-label')).toContainText('Rectus femoris');
    await expect(page.getByTestId('marker-label')).toContainText('(right)');
  });

  test('a filter hides the markers that do not match', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    const before = await body.visibleMarkerCount();
    expect((await body.projectMarker('tibialis-anterior-1', 'left')).visible).toBe(true);
    await page.getByRole('combobox', { name: 'Area', exact: true }).selectOption({ label: 'Shoulder' });
    await body.settle();
    const after = await body.visibleMarkerCount();
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(before / 4);
    expect((await body.projectMarker('tibialis-anterior-1', 'left')).visible).toBe(false);
    expect(page.url()).toContain('area=shoulder');
    await page.getByRole('radio', { name: 'Left', exact: true }).check();
    await body.settle();
    const leftOnly = await body.visibleMarkerCount();
    expect(leftOnly).toBeLessThan(after);
    expect(leftOnly).toBeGreaterThan(0);
  });

  test('a deep link restores the selection after a reload, and Back and Forward work', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open('/?tp=levator-scapulae-1&side=left');
    await body.waitForPoints();
    await expect(body.detailsMuscle()).toHaveText('Levator scapulae');
    await page.reload();
    await body.waitForPoints();
    await expect(body.detailsMuscle()).toHaveText('Levator scapulae');
    expect((await body.state()).selected).toEqual({ id: 'levator-scapulae-1', side: 'left' });
    await page.evaluate(() => window.__myomap!.select('soleus-1', 'right'));
    await expect(body.detailsMuscle()).toHaveText('Soleus');
    expect(page.url()).toContain('tp=soleus-1&side=right');
    await page.goBack();
    await expect(body.detailsMuscle()).toHaveText('Levator scapulae');
    await page.goForward();
    await expect(body.detailsMuscle()).toHaveText('Soleus');
  });

  test('invalid link parameters are ignored with a visible notice', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open('/?tp=infraspinatus-9&side=up&area=shoulder');
    await body.waitForPoints();
    const notice = page.getByTestId('notice-bar');
    await expect(notice).toContainText('tp="infraspinatus-9"');
    await expect(notice).toContainText('did you mean "infraspinatus-1"');
    await expect(notice).toContainText('side="up"');
    expect((await body.state()).selected).toBeNull();
    expect((await body.state()).filters).toMatchObject({ area: 'shoulder' });
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toBeHidden();
  });

  test('search and the keyboard: find "tennis elbow", choose a point with Enter, clear it with Esc', async ({ page }) => {
    const body = new BodyPage(page);
    await body.open();
    await body.waitForPoints();
    await page.getByLabel('Search trigger points').fill('tennis elbow');
    const choice = page.getByRole('button', { name: /^Extensor carpi radialis longus.* — right side$/ });
    await expect(choice).toBeVisible();
    await choice.focus();
    await page.keyboard.press('Enter');
    await expect(body.detailsMuscle()).toHaveText('Extensor carpi radialis longus');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('details-panel')).toBeHidden();
    expect((await body.state()).selected).toBeNull();
  });
});

test.describe('a broken dataset', () => {
  test.use({ allowPageErrors: true });

  test('shows an error screen that names the file and the path, and the body still works', async ({ page }) => {
    const broken = readFileSync(new URL('./fixtures-data/broken-muscles.json', import.meta.url), 'utf8');
    await page.route('**/data/muscles/upper-body.json', (route) => route.fulfill({ contentType: 'application/json', body: broken }));
    const body = new BodyPage(page);
    await body.open();
    const error = page.getByTestId('dataset-error');
    await expect(error).toBeVisible();
    await expect(error).toContainText('data/muscles/upper-body.json: muscles[0].triggerPoints[0].referred.essential[0]: unknown region "tempel" (did you mean "temple-left"?)');
    expect((await body.state()).body).toBe('ready');
  });

  test('a file that is not JSON is named too', async ({ page }) => {
    await page.route('**/data/muscles/lower-body.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "version": 1, ' }));
    await page.goto('/');
    await expect(page.getByTestId('dataset-error')).toContainText('data/muscles/lower-body.json: is not valid JSON');
  });
});
