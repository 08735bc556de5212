/** Writes public/body.glb from the generator. Run after changing anything in src/generator or the atlas. */
import { writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { generateBody } from '../src/generator/generate-body';

const { glb } = await generateBody((m) => console.log(m));
writeFileSync('public/body.glb', glb);
console.log(`public/body.glb sha256 ${createHash('sha256').update(glb).digest('hex')}`);
