import { z } from 'zod';
import { deviceIdSchema } from './id-schemas.ts';
import type { FieldOperation } from '../survey/field-operation.ts';

const fieldValue = z.union([z.string().max(1_000_000), z.number(), z.boolean(), z.null()]);

/** A field operation as it travels in packages and sync: checked strictly on the way in. */
export const fieldOperationSchema = z.object({
  id: z.string().min(1).max(200),
  projectId: z.string().min(1).max(200),
  parcelId: z.string().min(1).max(400),
  field: z.string().min(1).max(200),
  oldValue: fieldValue,
  newValue: fieldValue,
  author: z.string().max(200),
  device: deviceIdSchema,
  deviceName: z.string().max(200),
  hlc: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z-[0-9a-f]{4}-[0-9a-f]{16}$/),
  origin: z.enum(['local', 'remote']),
  baseHlc: z.string().max(64).optional(),
  resolves: z.array(z.string().max(64)).max(100).optional(),
  undoOf: z.string().max(200).optional(),
  redoOf: z.string().max(200).optional(),
}) satisfies z.ZodType<FieldOperation>;

export const operationsSchema = z.array(fieldOperationSchema);
