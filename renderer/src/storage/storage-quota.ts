/** What the browser reports about this origin's storage. */
export interface StorageStatus {
  readonly persisted: boolean;
  readonly usageBytes: number | undefined;
  readonly quotaBytes: number | undefined;
}

/** Asks the browser to keep our data under storage pressure; returns whether it will. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false;
  if (await navigator.storage.persisted()) return true;
  return navigator.storage.persist();
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const persisted = navigator.storage?.persisted ? await navigator.storage.persisted() : false;
  const estimate = navigator.storage?.estimate ? await navigator.storage.estimate() : {};
  return { persisted, usageBytes: estimate.usage, quotaBytes: estimate.quota };
}
