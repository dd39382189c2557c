import { z } from 'zod';

/** A layer record as packages carry it: the fields a recipient needs, checked; others kept as they are. */
export const layerRecordSchema = z.object({
  id: z.string().min(1).max(400),
  projectId: z.string().min(1).max(200),
  name: z.string().max(400),
  featureCount: z.number().int().nonnegative(),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  importedAt: z.string(),
  role: z.enum(['parcels', 'reference', 'parkBoundaries']).optional(),
}).passthrough();
