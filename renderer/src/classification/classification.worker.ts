/// <reference lib="webworker" />
import { ParcelDeskDatabase } from '../storage/database.ts';
import type { ClassifierRequest } from './classification-port.ts';
import { ClassificationService } from './classification-service.ts';

// Classifies the open project's parcels off the page's thread. Requests are
// answered in order, so an edit's reclassification never overtakes a new rule set.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const databases = new Map<string, ParcelDeskDatabase>();
const service = new ClassificationService((name) => {
  let db = databases.get(name);
  if (!db) databases.set(name, (db = new ParcelDeskDatabase(name)));
  return db;
});
let queue: Promise<unknown> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ClassifierRequest>) => {
  const request = event.data;
  queue = queue.then(() => service.handle(request)).then((response) => scope.postMessage(response));
};
