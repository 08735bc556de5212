import { expect, test } from './fixtures';
import { BodyPage, disableWebGL } from './pages/body-page';

test.describe('failures show a message, never a blank page', () => {
  test.use({ allowPageErrors: true });

  test('a body asset that fails to load shows an error naming it', async ({ page }) => {
    await page.route('**/body.glb', (route) => route.fulfill({ status: 404, body: 'missing' }));
    await page.goto('/');
    const panel = page.getByTestId('error-panel');
    await expect(panel).toBeVisible();
    await expect(panel).toContainText('The 3D body could not be shown');
    await expect(panel).toContainText('body.glb');
    await expect(page.getByRole('tab', { name: 'Trigger points' })).toBeVisible();
    await expect(page.getByLabel('Search trigger points')).toBeVisible();
  });

  test('without WebGL the app explains why and the region list still works', async ({ page }) => {
    await disableWebGL(page);
    await page.goto('/');
    await expect(page.getByTestId('no-webgl')).toContainText('WebGL2');
    await page.getByRole('tab', { name: 'Body regions' }).click();
    await page.getByLabel('Find a region').fill('heel');
    await expect(page.getByRole('button', { name: 'Heel (left)', exact: true })).toBeVisible();
  });

  test('shows loading progress until the body arrives', async ({ page }) => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    await page.route('**/body.glb', async (route) => {
      await gate;
      await route.continue();
    });
    await page.goto('/');
    await expect(page.getByTestId('loading')).toBeVisible();
    release();
    await new BodyPage(page).waitForBody();
    await expect(page.getByTestId('loading')).toBeHidden();
  });
});
