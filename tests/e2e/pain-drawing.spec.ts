import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { disableWebGL } from './pages/body-page';
import { PainPage } from './pages/pain-page';

test.describe('where does it hurt?', () => {
  test('painting the temple on the body ranks the upper trapezius and temporalis; the drawing survives a reload', async ({ page }) => {
    const pain = new PainPage(page);
    await pain.open();
    await pain.waitForPoints();
    await pain.openPainTab();
    await page.getByRole('radio', { name: /Severe/ }).check();
    await pain.setView('left');
    const temple = await pain.projectRegion('temple-left');
    const neck = await pain.projectRegion('upper-side-of-neck-left');
    expect(temple.visible && neck.visible).toBe(true);
    const viewBefore = await page.evaluate(() => window.__myomap!.getState().view);
    await pain.paintStroke([temple, { x: temple.x + 6, y: temple.y - 6 }]);
    await pain.settle();
    let drawn = (await pain.state()).pain as Record<string, number>;
    expect(drawn['temple-left']).toBe(3);
    expect(drawn['upper-side-of-neck-left']).toBeUndefined();
    expect(Object.keys(drawn).every((id) => !id.endsWith('-right')), 'painting on the left marks only the left').toBe(true);
    expect((await pain.state()).view).toBe(viewBefore);

    await expect(pain.candidates()).toHaveCount(0);
    await pain.clearSafetyCheck();
    await expect(pain.candidates().first()).toBeVisible();
    const top5 = (await pain.candidateMuscles()).slice(0, 5);
    expect(top5).toContain('Upper trapezius');
    expect(top5).toContain('Temporalis');
    // A second dab, on the side of the neck, is one more stroke: one undo takes it away again.
    await page.getByRole('radio', { name: /Moderate/ }).check();
    await pain.paintStroke([neck]);
    drawn = (await pain.state()).pain as Record<string, number>;
    expect(drawn['upper-side-of-neck-left']).toBe(2);
    expect((await pain.candidateMuscles())[0]).toBe('Upper trapezius');
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(pain.markedAreas()).not.toContainText('Upper side of neck (left)');
    await pain.paintStroke([neck]);
    await expect(page.getByTestId('pain-results')).toContainText('Upper trapezius');
    await expect(pain.candidates().first()).toContainText(/covers your/);

    await page.reload();
    await pain.waitForPoints();
    await pain.openPainTab();
    await expect(pain.markedAreas()).toContainText('Temple (left)');
    await expect(pain.markedAreas()).toContainText('Upper side of neck (left)');
    expect(((await pain.state()).pain as Record<string, number>)['temple-left']).toBe(3);
  });

  test('a quick start for heel pain ranks the soleus, and choosing it overlays its pattern and shows where to find it', async ({ page }) => {
    const pain = new PainPage(page);
    await pain.open();
    await pain.waitForPoints();
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Heel pain', exact: true }).click();
    await pain.clearSafetyCheck();
    expect((await pain.candidateMuscles()).slice(0, 5)).toContain('Soleus');
    const soleus = pain.candidates().filter({ hasText: 'Soleus' }).first();
    await soleus.getByRole('button', { name: /Show pattern/ }).click();
    await expect(soleus).toContainText('Where to find it');
    await expect(page.getByTestId('details-muscle')).toHaveText('Soleus');
    const selected = (await pain.state()).selected as { id: string; side: 'left' | 'right' };
    await pain.settle();
    expect((await pain.projectMarker(selected.id, selected.side)).visible).toBe(true);
    await pain.screenshot('pain-heel-soleus', true);
  });

  test('a red flag hides the results and says to see a clinician', async ({ page }) => {
    const pain = new PainPage(page);
    await pain.open();
    await pain.openPainTab();
    await expect(pain.panel()).toContainText('Educational, not a diagnosis');
    await page.getByRole('button', { name: 'Low back pain', exact: true }).click();
    await page.getByRole('checkbox', { name: /bladder/i }).check();
    await expect(page.getByRole('alert').filter({ hasText: /clinician/ })).toBeVisible();
    await expect(page.getByRole('button', { name: /None of these apply/ })).toBeHidden();
    await expect(pain.candidates()).toHaveCount(0);
  });

  test('places can be marked from the list, without the 3D view, and left and right stay apart', async ({ page }) => {
    await disableWebGL(page);
    const pain = new PainPage(page);
    await page.goto('/');
    await pain.openPainTab();
    await page.getByLabel('Find a place that hurts').fill('heel right');
    await page.getByRole('button', { name: 'Mark Heel (right)' }).click();
    await pain.clearSafetyCheck();
    await expect(pain.candidates().first()).toBeVisible();
    const sides = await page.evaluate(() => window.__myomap!.candidates().map((c) => c.side));
    expect(new Set(sides)).toEqual(new Set(['right']));
    expect((await pain.candidateMuscles()).slice(0, 5)).toContain('Soleus');
  });

  test('export to JSON and import it back; a bad file changes nothing and says why', async ({ page }) => {
    const pain = new PainPage(page);
    await pain.open();
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Jaw pain', exact: true }).click();
    const before = (await pain.state()).pain;
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export drawing (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ kind: 'myomap-pain-drawing', version: 1 });
    await page.getByRole('button', { name: 'Clear' }).click();
    expect((await pain.state()).pain).toEqual({});
    await page.getByLabel('Import drawing file').setInputFiles(file);
    await expect.poll(async () => (await pain.state()).pain).toEqual(before);
    await page.getByLabel('Import drawing file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"kind":"myomap-pain-drawing","version":1,"drawing":[{"region":"tempel","intensity":2}]}') });
    await expect(page.getByTestId('notice-bar')).toContainText('broken.json could not be imported: drawing[0].region: unknown region "tempel" (did you mean "temple-left"?)');
    expect((await pain.state()).pain).toEqual(before);
  });

  test('a share link carries the drawing in the fragment, which never reaches the server', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const pain = new PainPage(page);
    await pain.open();
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Heel pain', exact: true }).click();
    await page.getByRole('button', { name: 'Copy share link' }).click();
    const link = await page.getByLabel('Share link').inputValue();
    expect(link).toMatch(/#pain=/);
    const fresh = await page.context().newPage();
    const freshRequests: string[] = [];
    fresh.on('request', (r) => freshRequests.push(r.url()));
    await fresh.goto(link);
    await new PainPage(fresh).waitForBody();
    await expect(fresh.getByRole('list', { name: 'Marked areas' })).toContainText('Heel (left)');
    expect([...requested, ...freshRequests].some((u) => u.includes('pain='))).toBe(false);
  });

  test('saves a PNG of the body with the drawing', async ({ page }) => {
    const pain = new PainPage(page);
    await pain.open();
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Headache at the temple' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save picture (PNG)' }).click();
    const png = readFileSync(await (await download).path());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(20_000);
  });
});

test.describe('broken local storage', () => {
  test('unreadable saved data is reported and kept aside, and the app works', async ({ page }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('myomap.pain-drawing', '{"kind":"myomap-pain-drawing","version":1,"drawing":[{"region":"elbw-left","intensity":2}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const pain = new PainPage(page);
    await pain.open();
    await expect(page.getByTestId('notice-bar')).toContainText('Your saved pain drawing could not be read');
    expect(await page.evaluate(() => localStorage.getItem('myomap.pain-drawing.unreadable'))).toContain('elbw-left');
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Heel pain', exact: true }).click();
    expect(Object.keys((await pain.state()).pain as object).length).toBeGreaterThan(0);
  });

  test('storage that throws is reported, and painting still works', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.getItem = () => {
        throw new Error('storage is disabled');
      };
      Storage.prototype.setItem = () => {
        throw new Error('storage is disabled');
      };
    });
    const pain = new PainPage(page);
    await pain.open();
    await expect(page.getByTestId('notice-bar')).toContainText('does not let Myomap keep your pain drawing');
    await pain.openPainTab();
    await page.getByRole('button', { name: 'Heel pain', exact: true }).click();
    await pain.clearSafetyCheck();
    await expect(pain.candidates().first()).toBeVisible();
  });
});
