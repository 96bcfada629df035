import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

export type PlatformMode = 'embedded' | 'production';
export type TracesExporter = 'none' | 'console' | 'otlp';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface AdmissionSettings {
  /** Commands wait while the background is further behind than this (ms); 0 admits every command at once. */
  readonly lagLimitMs: number;
  /** A command waits at most this long (ms), then goes ahead whatever the lag. */
  readonly maxHoldMs: number;
}

export interface PlatformConfig {
  readonly mode: PlatformMode;
  readonly port: number;
  /** Embedded mode listens on loopback unless HOST opens it; production (containers) on every interface. */
  readonly host: string;
  /** Embedded mode: where the SQLite file and the issuer key live. */
  readonly dataDir: string;
  readonly kurrentdbUrl?: string;
  readonly kafkaBrokers: readonly string[];
  readonly mongodbUrl?: string;
  /**
   * Where the personal keys are kept, when not beside the read models: one store shared by every
   * service's process, so that one (the tenants service's export) opens every service's fields.
   */
  readonly personalKeysMongodbUrl?: string;
  readonly auth: {
    readonly issuer: string;
    readonly audience: string;
    readonly jwksUrl?: string;
    /** How external tokens' claims give the user's id, email, name and roles (OIDC_* settings; the OIDC standard claims by default). */
    readonly claims: {
      readonly userClaim: string;
      readonly emailClaim: string;
      readonly nameClaim: string;
      readonly rolesClaim: string;
      readonly roleMap: Readonly<Record<string, string>> | null;
    };
  };
  readonly telemetry: {
    readonly serviceName: string;
    readonly tracesExporter: TracesExporter;
    readonly otlpEndpoint?: string;
  };
  readonly bodyLimitBytes: number;
  readonly http: {
    /** Whole request (headers and body) must arrive within this; 408 otherwise. */
    readonly requestTimeoutMs: number;
    /** Open connections beyond this are refused by the listener. */
    readonly maxConnections: number;
    /** A request slower than this is logged at warn; others at debug. */
    readonly slowRequestMs: number;
    /** Commands are held while the background is behind (AdmissionGate). */
    readonly admission: AdmissionSettings;
    /** Origins allowed to call the API from a browser; none (CORS off) unless configured. */
    readonly corsOrigins: readonly string[];
    /** When set, /metrics answers only `Authorization: Bearer <token>`. */
    readonly metricsToken?: string;
    /** Requests per second (and burst) each tenant's callers get from the whole API, per process; past it, 429. */
    readonly tenantRateLimit: { readonly ratePerSecond: number; readonly burst: number };
  };
  /** Embedded mode: the demo users' password, set (hashed) at start; generated on first start otherwise. */
  readonly demoPassword?: string;
  readonly logLevel: LogLevel;
  /**
   * Embedded store: delivered bus messages and handled inbox ids older than these are compacted away
   * (history stays in the event store). The inbox should keep an id at least as long as the bus can
   * redeliver it, so its retention is not shorter than the bus's.
   */
  readonly retention: {
    readonly busMessagesSeconds: number;
    readonly inboxSeconds: number;
    readonly compactionIntervalSeconds: number;
  };
  readonly sqliteSynchronous: 'NORMAL' | 'FULL';
  /** How long a replica's lease on the gateway or a projection lasts without renewal (renewed every third of it). */
  readonly leaseTtlSeconds: number;
}

/** A configuration that cannot run; the message names every offending variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const PRODUCTION_REQUIRED = ['KURRENTDB_URL', 'KAFKA_BROKERS', 'MONGODB_URL', 'AUTH_ISSUER', 'AUTH_JWKS_URL'];

const string = { type: 'string', minLength: 1 };
const WEEK_SECONDS = 7 * 24 * 60 * 60;
/** What a value that fails its pattern should look like. */
const PATTERN_HINTS: Record<string, string> = {
  KURRENTDB_URL: 'must be a KurrentDB connection string such as kurrentdb://localhost:2113?tls=false',
  KAFKA_BROKERS: 'must be a comma-separated list of host:port',
  MONGODB_URL: 'must be a mongodb:// or mongodb+srv:// URL',
  PERSONAL_KEYS_MONGODB_URL: 'must be a mongodb:// or mongodb+srv:// URL',
  CORS_ORIGINS: 'must be a comma-separated list of http(s) origins',
  OIDC_USER_CLAIM: 'must be a claim name (no spaces)',
  OIDC_EMAIL_CLAIM: 'must be a claim name (no spaces)',
  OIDC_NAME_CLAIM: 'must be a claim name (no spaces)',
  OIDC_ROLES_CLAIM: 'must be a claim name (no spaces)',
};
const claimName = { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' };
const url = { type: 'string', format: 'uri' };

/** The environment as a JSON schema: ajv coerces numbers, fills defaults and reports every problem at once. */
const schema = {
  type: 'object',
  properties: {
    DESKSTREAM_MODE: { type: 'string', enum: ['embedded', 'production'], default: 'embedded' },
    PORT: { type: 'integer', minimum: 0, maximum: 65535, default: 3000 },
    HOST: string,
    DESKSTREAM_DATA_DIR: { ...string, default: './data' },
    KURRENTDB_URL: { type: 'string', pattern: '^(kurrentdb|kdb|esdb)(\\+discover)?://' },
    KAFKA_BROKERS: { type: 'string', pattern: '^[^,\\s]+:\\d+(\\s*,\\s*[^,\\s]+:\\d+)*$' },
    MONGODB_URL: { type: 'string', pattern: '^mongodb(\\+srv)?://' },
    PERSONAL_KEYS_MONGODB_URL: { type: 'string', pattern: '^mongodb(\\+srv)?://' },
    AUTH_ISSUER: url,
    AUTH_AUDIENCE: { ...string, default: 'deskstream' },
    AUTH_JWKS_URL: url,
    OIDC_USER_CLAIM: { ...claimName, default: 'sub' },
    OIDC_EMAIL_CLAIM: { ...claimName, default: 'email' },
    OIDC_NAME_CLAIM: { ...claimName, default: 'name' },
    OIDC_ROLES_CLAIM: { ...claimName, default: 'roles' },
    OIDC_ROLE_MAP: { type: 'string' },
    OTEL_SERVICE_NAME: { ...string, default: 'deskstream' },
    OTEL_EXPORTER_OTLP_ENDPOINT: url,
    OTEL_TRACES_EXPORTER: { type: 'string', enum: ['none', 'console', 'otlp'] },
    BODY_LIMIT_BYTES: { type: 'integer', minimum: 1, default: 1024 * 1024 },
    HTTP_REQUEST_TIMEOUT_MS: { type: 'integer', minimum: 1, default: 30_000 },
    HTTP_MAX_CONNECTIONS: { type: 'integer', minimum: 1, default: 1024 },
    LOG_SLOW_REQUEST_MS: { type: 'integer', minimum: 0, default: 1000 },
    ADMISSION_LAG_MS: { type: 'integer', minimum: 0, default: 150 },
    ADMISSION_MAX_HOLD_MS: { type: 'integer', minimum: 0, default: 2000 },
    API_RATE_PER_SECOND: { type: 'number', exclusiveMinimum: 0, default: 5000 },
    API_RATE_BURST: { type: 'number', minimum: 1 },
    CORS_ORIGINS: { type: 'string', pattern: '^https?://[^,\\s]+(\\s*,\\s*https?://[^,\\s]+)*$' },
    METRICS_TOKEN: { type: 'string', minLength: 16 },
    DEMO_PASSWORD: { type: 'string', minLength: 8 },
    LOG_LEVEL: { type: 'string', enum: LOG_LEVELS, default: 'info' },
    BUS_RETENTION_SECONDS: { type: 'integer', minimum: 0, default: WEEK_SECONDS },
    INBOX_RETENTION_SECONDS: { type: 'integer', minimum: 0, default: WEEK_SECONDS },
    STORAGE_COMPACTION_INTERVAL_SECONDS: { type: 'integer', minimum: 1, default: 60 },
    SQLITE_SYNCHRONOUS: { type: 'string', enum: ['NORMAL', 'FULL'], default: 'NORMAL' },
    LEASE_TTL_SECONDS: { type: 'integer', minimum: 1, maximum: 300, default: 15 },
  },
  if: { required: ['DESKSTREAM_MODE'], properties: { DESKSTREAM_MODE: { const: 'production' } } },
  then: { required: PRODUCTION_REQUIRED },
} as const;

const ajv = new Ajv({ allErrors: true, coerceTypes: true, useDefaults: true, strict: true, strictRequired: false });
addFormats(ajv, ['uri']);
const validate = ajv.compile(schema);

type Env = Record<string, string | number | undefined>;

function describe(error: ErrorObject, env: Env): string | null {
  if (error.keyword === 'if') return null; // the failing `then` branch is reported on its own
  if (error.keyword === 'required') {
    return `${String(error.params.missingProperty)} is required when DESKSTREAM_MODE=production`;
  }
  const variable = error.instancePath.slice(1);
  const secret = ['METRICS_TOKEN', 'DEMO_PASSWORD'].includes(variable);
  const got = secret ? '(value not shown)' : `(got ${JSON.stringify(env[variable])})`;
  if (error.keyword === 'pattern') return `${variable} ${PATTERN_HINTS[variable]} ${got}`;
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as string[]).join(' | ')}` : '';
  return `${variable} ${error.message}${allowed} ${got}`;
}

/** OIDC_ROLE_MAP: a JSON object of claim value to role name, e.g. `{"hr-agents":"agent"}` (which roles exist is the auth module's to judge). */
function roleMapOf(value: string | undefined): Record<string, string> | null | string {
  if (value === undefined) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return 'OIDC_ROLE_MAP must be JSON: an object of claim value to role name';
  }
  const entries = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.entries(parsed) : null;
  if (!entries || entries.some(([, role]) => typeof role !== 'string')) return 'OIDC_ROLE_MAP must be a JSON object of claim value to role name (strings)';
  return Object.fromEntries(entries) as Record<string, string>;
}

/** Reads and validates the configuration; unset and empty variables take their defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): PlatformConfig {
  const known = Object.keys(schema.properties);
  // Empty values count as unset, as compose files and Helm charts commonly leave them.
  const raw: Env = Object.fromEntries(known.filter((key) => env[key]?.trim()).map((key) => [key, env[key]!.trim()]));
  const original = { ...raw };
  if (!validate(raw)) {
    const problems = (validate.errors ?? []).map((e) => describe(e, original)).filter((p): p is string => p !== null);
    throw new ConfigError(problems);
  }
  const roleMap = roleMapOf(raw.OIDC_ROLE_MAP === undefined ? undefined : String(raw.OIDC_ROLE_MAP));
  if (typeof roleMap === 'string') throw new ConfigError([roleMap]);
  const mode = raw.DESKSTREAM_MODE as PlatformMode;
  const port = raw.PORT as number;
  const text = (key: string): string | undefined => (raw[key] === undefined ? undefined : String(raw[key]));
  const otlpEndpoint = text('OTEL_EXPORTER_OTLP_ENDPOINT');
  const kurrentdbUrl = text('KURRENTDB_URL');
  const mongodbUrl = text('MONGODB_URL');
  const personalKeysMongodbUrl = text('PERSONAL_KEYS_MONGODB_URL');
  const jwksUrl = text('AUTH_JWKS_URL');
  const metricsToken = text('METRICS_TOKEN');
  const demoPassword = text('DEMO_PASSWORD');
  return {
    mode,
    port,
    host: text('HOST') ?? (mode === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
    dataDir: String(raw.DESKSTREAM_DATA_DIR),
    ...(kurrentdbUrl ? { kurrentdbUrl } : {}),
    kafkaBrokers: (text('KAFKA_BROKERS') ?? '')
      .split(',')
      .map((b) => b.trim())
      .filter(Boolean),
    ...(mongodbUrl ? { mongodbUrl } : {}),
    ...(personalKeysMongodbUrl ? { personalKeysMongodbUrl } : {}),
    auth: {
      // The embedded issuer serves its discovery document from this very process.
      issuer: text('AUTH_ISSUER') ?? `http://localhost:${port}`,
      audience: String(raw.AUTH_AUDIENCE),
      ...(jwksUrl ? { jwksUrl } : {}),
      claims: {
        userClaim: String(raw.OIDC_USER_CLAIM),
        emailClaim: String(raw.OIDC_EMAIL_CLAIM),
        nameClaim: String(raw.OIDC_NAME_CLAIM),
        rolesClaim: String(raw.OIDC_ROLES_CLAIM),
        roleMap,
      },
    },
    telemetry: {
      serviceName: String(raw.OTEL_SERVICE_NAME),
      tracesExporter: (text('OTEL_TRACES_EXPORTER') as TracesExporter | undefined) ?? (mode === 'production' ? 'otlp' : 'none'),
      ...(otlpEndpoint ? { otlpEndpoint } : {}),
    },
    bodyLimitBytes: raw.BODY_LIMIT_BYTES as number,
    http: {
      requestTimeoutMs: raw.HTTP_REQUEST_TIMEOUT_MS as number,
      maxConnections: raw.HTTP_MAX_CONNECTIONS as number,
      slowRequestMs: raw.LOG_SLOW_REQUEST_MS as number,
      admission: { lagLimitMs: raw.ADMISSION_LAG_MS as number, maxHoldMs: raw.ADMISSION_MAX_HOLD_MS as number },
      corsOrigins: (text('CORS_ORIGINS') ?? '')
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      ...(metricsToken ? { metricsToken } : {}),
      // The burst defaults to two seconds' worth, as intake's does.
      tenantRateLimit: {
        ratePerSecond: raw.API_RATE_PER_SECOND as number,
        burst: (raw.API_RATE_BURST as number | undefined) ?? (raw.API_RATE_PER_SECOND as number) * 2,
      },
    },
    ...(demoPassword ? { demoPassword } : {}),
    logLevel: raw.LOG_LEVEL as LogLevel,
    retention: {
      busMessagesSeconds: raw.BUS_RETENTION_SECONDS as number,
      inboxSeconds: raw.INBOX_RETENTION_SECONDS as number,
      compactionIntervalSeconds: raw.STORAGE_COMPACTION_INTERVAL_SECONDS as number,
    },
    sqliteSynchronous: raw.SQLITE_SYNCHRONOUS as 'NORMAL' | 'FULL',
    leaseTtlSeconds: raw.LEASE_TTL_SECONDS as number,
  };
}
