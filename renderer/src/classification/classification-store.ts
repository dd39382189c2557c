import type { ClassificationResult } from '../../../shared/rules/classify-parcel.ts';
import type { RuleSet } from '../../../shared/rules/rule-set-schema.ts';
import type { ParcelClass } from '../../../shared/survey/card-enums.ts';
import type { ParcelDeskDatabase } from '../storage/database.ts';
import type { ClassifierLayer, ClassifierPort } from './classification-port.ts';
import {
  readClassificationSettings, saveAsOf, saveRuleSetVersion, type ProjectClassificationSettings,
} from './classification-settings-store.ts';
import type { ClassificationSettings, ClassifiedParcels } from './project-classifier.ts';

/** A parcel's derived figures. */
export interface DerivedParcel {
  readonly parcelClass: ParcelClass;
  /** Preset park name, '' when none matched. */
  readonly park: string;
  /** How the park was decided: by the park-boundary layer, by the park attribute (YQMC), or not at all. */
  readonly parkMethod?: 'boundary' | 'attribute' | 'none';
  /** Latest complete year's tax, 万元. */
  readonly taxWanYuan: number | undefined;
}

export interface ClassificationState {
  readonly status: 'loading' | 'classifying' | 'ready' | 'error';
  readonly error: string | undefined;
  /** Undefined until read from the database. */
  readonly settings: ProjectClassificationSettings | undefined;
  /** The date results are for ('YYYY-MM-DD'). */
  readonly asOf: string;
  /** Rule-set version of the results shown. */
  readonly ruleSetVersion: string | undefined;
  readonly byId: ReadonlyMap<string, DerivedParcel>;
}

type Listener = () => void;

function merged(previous: ReadonlyMap<string, DerivedParcel> | undefined, classified: ClassifiedParcels): Map<string, DerivedParcel> {
  const byId = new Map(previous);
  classified.parcelIds.forEach((id, i) => {
    const tax = classified.taxes[i];
    byId.set(id, { parcelClass: classified.classes[i] as ParcelClass, park: classified.parks[i] ?? '', parkMethod: classified.parkMethods[i] ?? 'none', taxWanYuan: tax ?? undefined });
  });
  return byId;
}

/**
 * The open project's classification: reads its rule set and parks, has the
 * classifier classify every parcel, again when the rule set or date changes,
 * and single parcels when their edits change. Results are derived data: kept
 * in memory, never stored as field operations.
 */
export class ClassificationStore {
  private state: ClassificationState;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly db: ParcelDeskDatabase,
    private readonly projectId: string,
    private readonly layers: readonly ClassifierLayer[],
    private readonly port: ClassifierPort,
    private readonly today: () => string,
  ) {
    this.state = { status: 'loading', error: undefined, settings: undefined, asOf: today(), ruleSetVersion: undefined, byId: new Map() };
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): ClassificationState => this.state;

  private set(patch: Partial<ClassificationState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private inputs(settings: ProjectClassificationSettings): ClassificationSettings {
    return { ruleSet: settings.ruleSet, parks: settings.parks, asOf: settings.asOf ?? this.today() };
  }

  private async run(work: () => Promise<ClassifiedParcels>, replace: boolean): Promise<void> {
    try {
      const classified = await work();
      this.set({
        status: 'ready', error: undefined, asOf: classified.asOf, ruleSetVersion: classified.ruleSetVersion,
        byId: merged(replace ? undefined : this.state.byId, classified),
      });
    } catch (error) {
      this.set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Reads the settings and classifies every parcel. */
  async start(): Promise<void> {
    const settings = await readClassificationSettings(this.db, this.projectId);
    this.set({ settings, status: 'classifying' });
    await this.run(() => this.port.open(this.db.name, this.projectId, this.layers, this.inputs(settings)), true);
  }

  /** Classifies these parcels again after their edits changed. */
  async reclassify(parcelIds: readonly string[]): Promise<void> {
    if (!this.state.settings || parcelIds.length === 0) return;
    await this.run(() => this.port.reclassify(parcelIds), false);
  }

  private async apply(settings: ProjectClassificationSettings): Promise<void> {
    this.set({ settings, status: 'classifying' });
    await this.run(() => this.port.setSettings(this.inputs(settings)), true);
  }

  /** Stores a new rule-set version (validated by the caller) and classifies every parcel with it. */
  async saveRuleSet(ruleSet: RuleSet): Promise<void> {
    const current = this.state.settings;
    if (!current) throw new Error('classification settings not loaded yet');
    await this.apply(await saveRuleSetVersion(this.db, this.projectId, current, ruleSet));
  }

  /** Fixes the 认定日期 (undefined: today) and classifies every parcel again. */
  async setAsOf(asOf: string | undefined): Promise<void> {
    const current = this.state.settings;
    if (!current) throw new Error('classification settings not loaded yet');
    await this.apply(await saveAsOf(this.db, this.projectId, current, asOf));
  }

  /** One parcel's result with every rule, for its card. */
  explain(parcelId: string): Promise<ClassificationResult | undefined> {
    return this.state.settings ? this.port.explain(parcelId) : Promise.resolve(undefined);
  }
}
