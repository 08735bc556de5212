/**
 * Fetches the dataset files from /data/ (same origin) and builds the Dataset. Any failure comes
 * back as messages that name the file, and the path inside it, that is wrong.
 */
import { buildDataset, formatError, type DataFile, type Dataset } from '../domain/dataset';

const BASE = `${import.meta.env.BASE_URL}data/`;

async function fetchJson(file: string): Promise<DataFile> {
  const name = `data/${file}`;
  let response: Response;
  try {
    response = await fetch(`${BASE}${file}`);
  } catch (error) {
    throw new Error(`${name}: could not be loaded (${(error as Error).message})`, { cause: error });
  }
  if (!response.ok) throw new Error(`${name}: could not be loaded (HTTP ${response.status})`);
  const text = await response.text();
  try {
    return { name, content: JSON.parse(text) };
  } catch (error) {
    throw new Error(`${name}: is not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

export async function loadDataset(): Promise<LoadResult> {
  try {
    const index = (await fetchJson('index.json')).content as { sources: string; muscles: string[] };
    const [sources, ...muscles] = await Promise.all([index.sources, ...index.muscles].map(fetchJson));
    const result = buildDataset(sources, muscles);
    return result.ok ? { ok: true, dataset: result.data } : { ok: false, errors: result.errors.map(formatError) };
  } catch (error) {
    return { ok: false, errors: [(error as Error).message] };
  }
}
