/**
 * Myomap's performance budgets (README, "Performance") and the first-load accounting they use.
 * Shared by `npm run bench` and by the e2e size check that CI runs.
 */
export const KB = 1000;

export const BUDGETS = {
  /** Gzipped bytes of everything the first view loads. */
  firstLoadBytes: 700 * KB,
  /** Gzipped bytes of script the first view loads; the rest waits for first use. */
  firstLoadScriptBytes: 350 * KB,
  /** App first frame ÷ bare three.js page first frame, at most. */
  firstFrameRatio: 1.3,
  /** App frames per second ÷ baseline's during auto-rotate, at least. */
  fpsRatio: 0.9,
  /** From a click on a marker to the first frame that shows its zones, in frame times. */
  clickToPaintFrames: 2,
  /** Pain ranking, median ms, on the real dataset and on one 10× larger. */
  rankMs: 2,
  rank10xMs: 20,
  /** JS heap after load, after a garbage collection. */
  heapBytes: 60 * 1000 * KB,
} as const;

export type AssetKind = 'script' | 'style' | 'body' | 'data' | 'page';
export const ASSET_KINDS: readonly AssetKind[] = ['script', 'style', 'body', 'data', 'page'];

export function assetKind(url: string): AssetKind {
  const path = new URL(url, 'http://host').pathname;
  if (path.endsWith('.js')) return 'script';
  if (path.endsWith('.css')) return 'style';
  if (path.endsWith('.glb')) return 'body';
  if (path.includes('/data/')) return 'data';
  return 'page';
}

export interface LoadedAsset {
  url: string;
  /** Bytes on the wire for the body, gzipped where the server compresses. */
  bytes: number;
}

export type TransferByKind = Record<AssetKind | 'total', number>;

export function transferByKind(assets: readonly LoadedAsset[]): TransferByKind {
  const sums: TransferByKind = { script: 0, style: 0, body: 0, data: 0, page: 0, total: 0 };
  for (const asset of assets) {
    sums[assetKind(asset.url)] += asset.bytes;
    sums.total += asset.bytes;
  }
  return sums;
}

export interface BudgetCheck {
  name: string;
  value: number;
  limit: string;
  ok: boolean;
  /** Sizes are stable and gate CI; timings are noisy and only gate the bench. */
  stable: boolean;
}

export function sizeChecks(transfer: TransferByKind): BudgetCheck[] {
  return [
    { name: 'first-load transfer (KB gzip)', value: transfer.total / KB, limit: `≤ ${BUDGETS.firstLoadBytes / KB}`, ok: transfer.total <= BUDGETS.firstLoadBytes, stable: true },
    { name: 'first-load script (KB gzip)', value: transfer.script / KB, limit: `≤ ${BUDGETS.firstLoadScriptBytes / KB}`, ok: transfer.script <= BUDGETS.firstLoadScriptBytes, stable: true },
  ];
}
