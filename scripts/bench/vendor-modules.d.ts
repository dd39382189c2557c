// The slices of shpjs (v6) and mapshaper (v0.7) that the importer benchmark calls.
// Neither package ships type declarations.

declare module 'shpjs' {
  export interface ShpjsFeature {
    readonly type: 'Feature';
    readonly geometry: { readonly type: string; readonly coordinates: unknown } | null;
    readonly properties: Record<string, unknown>;
  }
  export interface ShpjsFeatureCollection {
    readonly type: 'FeatureCollection';
    readonly features: ShpjsFeature[];
  }
  /** Geometry of a .shp; a .prj (WKT text) makes it reproject every vertex to WGS84 with proj4. */
  export function parseShp(shp: ArrayBuffer | ArrayBufferView, prj?: string | ArrayBufferView): ShpjsFeature['geometry'][];
  /** Records of a .dbf; text is decoded with the .cpg's encoding, UTF-8 when none is given. */
  export function parseDbf(dbf: ArrayBuffer | ArrayBufferView, cpg?: string | ArrayBufferView): Record<string, unknown>[];
  export function combine(parts: [ShpjsFeature['geometry'][], Record<string, unknown>[]?]): ShpjsFeatureCollection;
}

declare module 'mapshaper' {
  export interface MapshaperDataTable {
    getRecords(): Record<string, unknown>[];
    size(): number;
  }
  export interface MapshaperLayer {
    readonly name?: string;
    readonly geometry_type?: string;
    readonly shapes?: unknown[];
    readonly data?: MapshaperDataTable;
  }
  export interface MapshaperDataset {
    readonly layers: MapshaperLayer[];
  }
  export interface MapshaperCommand {
    readonly name: string;
    readonly options: Record<string, unknown>;
  }
  export interface MapshaperJob {
    readonly catalog: {
      getDefaultTargets(): { readonly layers: MapshaperLayer[]; readonly dataset: MapshaperDataset }[];
    };
  }
  const mapshaper: {
    applyCommands(commands: string, input?: Record<string, unknown>): Promise<Record<string, unknown>>;
    internal: {
      parseCommands(commands: string): MapshaperCommand[];
      runParsedCommands(commands: MapshaperCommand[], job: MapshaperJob): Promise<MapshaperJob>;
      Job: new () => MapshaperJob;
    };
  };
  export default mapshaper;
}
