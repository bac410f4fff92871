export declare const WEIGHT: string;
export declare const ROOT: string;
export declare const TARBALL: string;
export declare const PAGES: readonly ['baseline', 'hooks', 'panel', 'panel-ru'];
export declare const README_START: string;
export declare const README_END: string;

export declare function kB(bytes: number): number;
export declare function packPackage(): string;
export declare function installPackage(): string;
export declare function packageOf(path: string): string;
export declare function ownModuleOf(path: string): string | null;

export interface EmittedChunk {
  file: string;
  /** Loaded up front (an entry or statically imported by one), else loaded on demand. */
  initial: boolean;
  bytes: number;
  gzip: number;
  kB: number;
  /** The package a lazily loaded chunk was split off for. */
  package: string | null;
  packages: string[];
  /** Locale packs of react-assetpay in the chunk, by tag. */
  locales: string[];
}

export interface PageWeight {
  /** gzip bytes of the JS loaded up front. */
  js: number;
  css: number;
  /** gzip bytes of the JS chunks loaded on demand. */
  lazy: number;
  jsKb: number;
  cssKb: number;
  lazyKb: number;
  buildMs: number;
  outDir: string;
  chunks: EmittedChunk[];
  stylesheets: { file: string; initial: boolean; gzip: number }[];
}

export interface PageOverBaseline extends PageWeight {
  jsOver: number;
  cssOver: number;
  lazyOver: number;
  jsOverKb: number;
  cssOverKb: number;
  lazyOverKb: number;
  lazyChunks: { file: string; package: string | null; gzip: number; kB: number }[];
  /** Up-front JS added over the baseline, per package, biggest first (approximate). */
  contributors: { name: string; gzip: number; kB: number; baseline: boolean }[];
  /** Up-front JS per module of react-assetpay (`core/api/client.js`), biggest first (approximate). */
  modules: { name: string; gzip: number; kB: number }[];
}

export interface WeightResult {
  baseline: PageWeight;
  hooks: PageOverBaseline;
  panel: PageOverBaseline;
  /** The panel with the Russian pack (`labels={ru}`). */
  panelRu: PageOverBaseline;
  buildMs: number;
}

export declare function measureWeight(): Promise<WeightResult>;

export type TableFigures = Record<'hooks' | 'panel', { js: number; css: number; lazy: number }>;

export declare function renderTable(result: WeightResult): string;
export declare function replaceSection(readme: string, table: string): string;
export declare function parseTable(readme: string): TableFigures | null;
export declare function compareTable(figures: TableFigures, result: WeightResult, tolerance?: number): string[];
export declare function readReadme(): string;
