import type { HubDatabase } from './hub-database.ts';

interface Migration {
  readonly id: string;
  readonly sql: string;
  /** Applied only when the database offers this extension (PostGIS: PostgreSQL yes, PGlite no). */
  readonly needsExtension?: string;
}

/**
 * The hub schema, in order. Ids never change once released; add new steps at
 * the end. The same statements run on PGlite and PostgreSQL.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    id: '001-accounts',
    sql: `
      CREATE TABLE projects (id text PRIMARY KEY, name text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE counties (id text PRIMARY KEY, project_id text NOT NULL REFERENCES projects(id), name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE users (id text PRIMARY KEY, name text NOT NULL,
        role text NOT NULL CHECK (role IN ('surveyor', 'county-reviewer', 'city')),
        county_id text REFERENCES counties(id), created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'city') = (county_id IS NULL)));
      CREATE TABLE enrollment_codes (code_hash text PRIMARY KEY, user_id text NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(), expires_at timestamptz NOT NULL, used_at timestamptz, used_by_device text);
      CREATE TABLE devices (id text PRIMARY KEY, name text NOT NULL, public_key text NOT NULL,
        user_id text NOT NULL REFERENCES users(id), enrolled_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE tokens (token_hash text PRIMARY KEY, user_id text NOT NULL REFERENCES users(id),
        device_id text REFERENCES devices(id), created_at timestamptz NOT NULL DEFAULT now(), revoked_at timestamptz);
    `,
  },
  {
    id: '002-sync',
    sql: `
      CREATE TABLE packages (id text PRIMARY KEY, project_id text NOT NULL, county_id text REFERENCES counties(id),
        device_id text NOT NULL REFERENCES devices(id), byte_length bigint NOT NULL, sha256 text NOT NULL, manifest jsonb NOT NULL,
        operation_count integer NOT NULL, attachment_count integer NOT NULL,
        bbox_west double precision, bbox_south double precision, bbox_east double precision, bbox_north double precision,
        received_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE operations (seq bigserial PRIMARY KEY, id text NOT NULL UNIQUE, package_id text NOT NULL REFERENCES packages(id),
        project_id text NOT NULL, county_id text REFERENCES counties(id), parcel_id text NOT NULL, field text NOT NULL,
        hlc text NOT NULL, body jsonb NOT NULL);
      CREATE INDEX operations_county_seq ON operations (county_id, seq);
      CREATE INDEX operations_parcel ON operations (project_id, parcel_id);
      CREATE TABLE attachments (sha256 text PRIMARY KEY, bytes bytea NOT NULL, byte_length bigint NOT NULL,
        verified_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE attachment_packages (sha256 text NOT NULL REFERENCES attachments(sha256),
        package_id text NOT NULL REFERENCES packages(id), PRIMARY KEY (sha256, package_id));
      CREATE TABLE uploads (id text PRIMARY KEY, package_id text NOT NULL, device_id text NOT NULL REFERENCES devices(id),
        size bigint NOT NULL, sha256 text NOT NULL, received bigint NOT NULL DEFAULT 0, created_at timestamptz NOT NULL DEFAULT now());
      CREATE UNIQUE INDEX uploads_device_package ON uploads (device_id, package_id);
      CREATE TABLE upload_chunks (upload_id text NOT NULL REFERENCES uploads(id) ON DELETE CASCADE, start bigint NOT NULL,
        bytes bytea NOT NULL, PRIMARY KEY (upload_id, start));
    `,
  },
  {
    id: '003-postgis-package-bbox',
    needsExtension: 'postgis',
    sql: `
      CREATE EXTENSION IF NOT EXISTS postgis;
      ALTER TABLE packages ADD COLUMN bbox_geom geometry(Geometry, 4490);
      CREATE INDEX packages_bbox_geom ON packages USING gist (bbox_geom);
      CREATE FUNCTION packages_set_bbox_geom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.bbox_west IS NOT NULL THEN
          NEW.bbox_geom := ST_MakeEnvelope(NEW.bbox_west, NEW.bbox_south, NEW.bbox_east, NEW.bbox_north, 4490);
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER packages_bbox_geom BEFORE INSERT ON packages FOR EACH ROW EXECUTE FUNCTION packages_set_bbox_geom();
    `,
  },
  {
    id: '004-upload-activity',
    sql: `
      ALTER TABLE uploads ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
      CREATE INDEX uploads_updated_at ON uploads (updated_at);
    `,
  },
];

async function extensionAvailable(db: HubDatabase, name: string): Promise<boolean> {
  try {
    return (await db.query('SELECT 1 FROM pg_available_extensions WHERE name = $1', [name])).length > 0;
  } catch {
    return false;
  }
}

/** Applies the migrations not yet applied; returns the ids applied now. */
export async function migrate(db: HubDatabase): Promise<string[]> {
  await db.exec('CREATE TABLE IF NOT EXISTS hub_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  const done = new Set((await db.query<{ id: string }>('SELECT id FROM hub_migrations')).map((r) => r.id));
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    if (done.has(migration.id)) continue;
    if (migration.needsExtension && !(await extensionAvailable(db, migration.needsExtension))) continue;
    await db.exec(`BEGIN;\n${migration.sql}\nINSERT INTO hub_migrations (id) VALUES ('${migration.id}');\nCOMMIT;`);
    applied.push(migration.id);
  }
  return applied;
}

/** Whether PostGIS is installed in this database (the bbox geometry column exists then). */
export async function hasPostgis(db: HubDatabase): Promise<boolean> {
  return (await db.query("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")).length > 0;
}
