// What each contender does with the same shapefile bytes. Libraries are imported
// lazily so that a child process loads only its own contender (peak RSS stays its own).
import type { LayerSummary } from '../../shared/import/layer-part.ts';
import type { decodeFeatureChunk, EncodedFeatureChunk } from '../../shared/model/feature-chunk-codec.ts';
import { SHAPEFILE_PARTS, type BenchInput } from './bench-input.ts';

/** A contender's summary of one run; the run's full result is dropped, so it can be collected. */
export interface RunOutcome {
  readonly features: number;
  /** The probe record's landholder (QLR) as the contender decoded it. */
  readonly qlr: string;
  /** Sub-timings in ms (medians are reported). */
  readonly stages?: Record<string, number>;
  /** Facts about the result worth reporting (encoding chosen, invalid features…). */
  readonly notes?: Record<string, string | number>;
}

export type RunContender = (input: BenchInput) => RunOutcome | Promise<RunOutcome>;

export interface Contender {
  readonly label: string;
  /** Exactly what the timed region covers. */
  readonly timed: string;
  /** Informational rows are printed but are not the spec's baselines. */
  readonly role: 'ours' | 'baseline' | 'info';
  readonly load: () => Promise<RunContender>;
}

/** What our import says about the layer, for the report. */
function summaryNotes(layer: LayerSummary): Record<string, string | number> {
  return {
    encoding: `${layer.encoding.name} (${layer.encoding.source})`, crs: String(layer.crs.code),
    invalidFeatures: layer.invalidFeatures, areaMismatches: layer.areaMismatches, areaMu: Math.round(layer.areaMu),
  };
}

/** The probe record's landholder (QLR) as stored: decoded from the chunk that holds it. */
function probeQlr(chunks: readonly EncodedFeatureChunk[], index: number, decode: typeof decodeFeatureChunk): string {
  const chunk = chunks.find((c) => (c.sourceIndex[0] as number) <= index && index <= (c.sourceIndex[c.count - 1] as number));
  const probe = chunk ? decode(chunk, 'bench').find((f) => f.parcelId === `bench:${index}`) : undefined;
  return String(probe?.attributes.QLR);
}

export const CONTENDERS = {
  ours: {
    label: 'ours (2 threads)',
    role: 'ours',
    timed: 'the import as the app runs it on 2 cores: record ranges parsed, reprojected, checked and measured (ellipsoidal area) in 2 threads, merged, features encoded for storage',
    load: async () => {
      const { groupSourceFiles } = await import('../../shared/import/layer-grouping.ts');
      const { importShapefileThreaded } = await import('../../cli/threaded-import.ts');
      const { decodeFeatureChunk } = await import('../../shared/model/feature-chunk-codec.ts');
      return async (input) => {
        const files = SHAPEFILE_PARTS.map((part) => ({ path: input.paths[part], bytes: input.bytes[part] }));
        const source = groupSourceFiles(files).layers[0];
        if (source?.kind !== 'shapefile') throw new Error('groupSourceFiles found no shapefile layer');
        const { summary, chunks } = await importShapefileThreaded(source, {}, 2);
        return { features: chunks.reduce((sum, c) => sum + c.count, 0), qlr: probeQlr(chunks, input.probe.index, decodeFeatureChunk), notes: summaryNotes(summary) };
      };
    },
  },
  'ours-1-thread': {
    label: 'ours (1 thread)',
    role: 'info',
    timed: 'groupSourceFiles + importShapefilePart on one thread: .shp/.dbf (LDID → GBK) parse, .prj → EPSG:4547, reprojection to lon/lat, geometry checks, ellipsoidal area, layer summary, features encoded for storage',
    load: async () => {
      const { groupSourceFiles } = await import('../../shared/import/layer-grouping.ts');
      const { importShapefilePart } = await import('../../shared/import/shapefile-import.ts');
      const { decodeFeatureChunk } = await import('../../shared/model/feature-chunk-codec.ts');
      return (input) => {
        const files = SHAPEFILE_PARTS.map((part) => ({ path: input.paths[part], bytes: input.bytes[part] }));
        const source = groupSourceFiles(files).layers[0];
        if (source?.kind !== 'shapefile') throw new Error('groupSourceFiles found no shapefile layer');
        const { summary, chunks } = importShapefilePart(source);
        return { features: chunks.reduce((sum, c) => sum + c.count, 0), qlr: probeQlr(chunks, input.probe.index, decodeFeatureChunk), notes: summaryNotes(summary) };
      };
    },
  },
  'ours-stages': {
    label: 'ours (stages)',
    role: 'info',
    timed: 'the same work as "ours", stage by stage through the lower-level shared/ functions (each stage over all records)',
    load: async () => (await import('./ours-stages.ts')).runOursStages,
  },
  shpjs: {
    label: 'shpjs',
    role: 'baseline',
    timed: 'shp.combine([shp.parseShp(shp, prjText), shp.parseDbf(dbf)]): GeoJSON, reprojected to WGS84 by proj4; no .cpg so text is decoded as UTF-8',
    load: async () => {
      const shp = await import('shpjs');
      return (input) => {
        const collection = shp.combine([shp.parseShp(input.bytes.shp, input.prjText), shp.parseDbf(input.bytes.dbf)]);
        return { features: collection.features.length, qlr: String(collection.features[input.probe.index]?.properties.QLR) };
      };
    },
  },
  'shpjs-gbk': {
    label: 'shpjs + cpg GBK',
    role: 'info',
    timed: 'as shpjs, but handed the encoding a .cpg would give (parseDbf(dbf, "GBK")), so its text is right',
    load: async () => {
      const shp = await import('shpjs');
      return (input) => {
        const collection = shp.combine([shp.parseShp(input.bytes.shp, input.prjText), shp.parseDbf(input.bytes.dbf, 'GBK')]);
        return { features: collection.features.length, qlr: String(collection.features[input.probe.index]?.properties.QLR) };
      };
    },
  },
  mapshaper: {
    label: 'mapshaper',
    role: 'baseline',
    timed: "'-i <shp> encoding=gbk' (shp parse + topology; in-memory input) then layer.data.getRecords(): mapshaper decodes the .dbf lazily, so records are forced",
    load: async () => runMapshaper(''),
  },
  'mapshaper-proj': {
    label: 'mapshaper -proj wgs84',
    role: 'info',
    timed: "as mapshaper, plus '-proj wgs84' (reprojection of every vertex)",
    load: async () => runMapshaper(' -proj wgs84'),
  },
} satisfies Record<string, Contender>;

export type ContenderName = keyof typeof CONTENDERS;

export function isContenderName(name: string): name is ContenderName {
  return Object.hasOwn(CONTENDERS, name);
}

async function runMapshaper(extraCommands: string): Promise<RunContender> {
  const { default: mapshaper } = await import('mapshaper');
  const { internal } = mapshaper;
  return async (input) => {
    const started = performance.now();
    const commands = internal.parseCommands(`-i "${input.paths.shp}" encoding=gbk${extraCommands}`);
    // As applyCommands() does for its input object: file contents come from memory, not disk.
    const cache = Object.fromEntries(SHAPEFILE_PARTS.map((part) => [input.paths[part], input.bytes[part]]));
    for (const command of commands) if (command.name === 'i') command.options.input = cache;
    const job = await internal.runParsedCommands(commands, new internal.Job());
    const commandsDone = performance.now();
    const layer = job.catalog.getDefaultTargets()[0]?.layers[0];
    const records = layer?.data?.getRecords() ?? [];
    return {
      features: Math.min(layer?.shapes?.length ?? 0, records.length),
      qlr: String(records[input.probe.index]?.QLR),
      stages: { commands: commandsDone - started, 'getRecords (dbf decode)': performance.now() - commandsDone },
    };
  };
}
