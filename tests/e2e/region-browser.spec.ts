import { expect, test } from './fixtures';
import { BodyPage } from './pages/body-page';

test('the region list finds a region, highlights it on the body and turns the body toward it', async ({ page }) => {
  const body = new BodyPage(page);
  await body.open();
  await body.openRegionsTab();
  await page.getByLabel('Find a region').fill('shoulder blade');
  const blade = page.getByRole('button', { name: 'Shoulder blade (right)', exact: true });
  await expect(blade).toBeVisible();
  await blade.click();
  await body.settle();
  expect((await body.state()).view).toBe('back');
  const p = await body.projectRegion('scapula-right');
  expect(p.visible).toBe(true);
  const [r, , b] = await body.colourAt(p.x, p.y);
  // The highlight mixes blue into the skin there: a plain skin pixel is far redder than blue.
  expect(b).toBeGreaterThan(r - 10);
  await blade.blur();
  await page.mouse.move(2, 2);
  await body.settle();
  const [r2, , b2] = await body.colourAt(p.x, p.y);
  expect(r2 - b2).toBeGreaterThan(25);
});

test('the region list works from the keyboard', async ({ page }) => {
  const body = new BodyPage(page);
  await body.open();
  await body.openRegionsTab();
  await page.getByLabel('Find a region').fill('kneecap');
  const target = page.getByRole('button', { name: 'Kneecap (left)', exact: true });
  for (let i = 0; i < 12 && !(await target.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await body.settle();
  expect((await body.state()).view).toBe('front');
  expect((await body.state()).focusRegion).toBe('patella-left');
});
