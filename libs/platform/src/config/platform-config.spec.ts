import { ConfigError, loadConfig } from './platform-config';

const production = {
  DESKSTREAM_MODE: 'production',
  KURRENTDB_URL: 'kurrentdb://kurrent:2113?tls=false',
  KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092',
  MONGODB_URL: 'mongodb://mongo:27017/deskstream',
  AUTH_ISSUER: 'https://login.example.com/realms/desk',
  AUTH_JWKS_URL: 'https://login.example.com/realms/desk/protocol/openid-connect/certs',
};

function problemsOf(env: NodeJS.ProcessEnv): readonly string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded mode on port 3000 with data under ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'embedded',
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      kafkaBrokers: [],
      auth: { issuer: 'http://localhost:3000', audience: 'deskstream' },
      telemetry: { serviceName: 'deskstream', tracesExporter: 'none' },
      bodyLimitBytes: 1024 * 1024,
      logLevel: 'info',
      sqliteSynchronous: 'NORMAL',
    });
    expect(config.auth.jwksUrl).toBeUndefined();
  });

  it('reads numbers and lists and treats empty values as unset', () => {
    const config = loadConfig({ PORT: '8080', BODY_LIMIT_BYTES: '2048', HOST: '', SQLITE_SYNCHRONOUS: 'FULL' });
    expect(config.port).toBe(8080);
    expect(config.bodyLimitBytes).toBe(2048);
    expect(config.host).toBe('127.0.0.1');
    expect(config.sqliteSynchronous).toBe('FULL');
    expect(config.auth.issuer).toBe('http://localhost:8080');
  });

  it('accepts a complete production configuration and exports traces over OTLP by default', () => {
    const config = loadConfig(production);
    expect(config.mode).toBe('production');
    expect(config.kafkaBrokers).toEqual(['kafka-0:9092', 'kafka-1:9092']);
    expect(config.telemetry.tracesExporter).toBe('otlp');
    expect(config.auth.jwksUrl).toBe(production.AUTH_JWKS_URL);
    expect(config.host).toBe('0.0.0.0');
  });

  it('keeps the personal keys beside the read models unless PERSONAL_KEYS_MONGODB_URL names a store of their own', () => {
    expect(loadConfig(production).personalKeysMongodbUrl).toBeUndefined();
    const shared = 'mongodb://mongo:27017/deskstream-personal-keys';
    expect(loadConfig({ ...production, PERSONAL_KEYS_MONGODB_URL: shared }).personalKeysMongodbUrl).toBe(shared);
    expect(problemsOf({ PERSONAL_KEYS_MONGODB_URL: 'postgres://keys' })).toEqual([
      'PERSONAL_KEYS_MONGODB_URL must be a mongodb:// or mongodb+srv:// URL (got "postgres://keys")',
    ]);
  });

  it('keeps delivered bus messages and handled inbox ids for a week by default, compacting every minute', () => {
    expect(loadConfig({}).retention).toEqual({ busMessagesSeconds: 604_800, inboxSeconds: 604_800, compactionIntervalSeconds: 60 });
    expect(loadConfig({ BUS_RETENTION_SECONDS: '3600', INBOX_RETENTION_SECONDS: '7200', STORAGE_COMPACTION_INTERVAL_SECONDS: '5' }).retention).toEqual({
      busMessagesSeconds: 3600,
      inboxSeconds: 7200,
      compactionIntervalSeconds: 5,
    });
    expect(problemsOf({ STORAGE_COMPACTION_INTERVAL_SECONDS: '0' })).toEqual([expect.stringContaining('STORAGE_COMPACTION_INTERVAL_SECONDS')]);
  });

  it('listens on loopback in the embedded mode unless HOST opens it', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('reads the HTTP limits, CORS origins and metrics token, never echoing a secret', () => {
    const config = loadConfig({
      HTTP_REQUEST_TIMEOUT_MS: '5000',
      HTTP_MAX_CONNECTIONS: '10',
      LOG_SLOW_REQUEST_MS: '250',
      ADMISSION_LAG_MS: '0',
      ADMISSION_MAX_HOLD_MS: '750',
      CORS_ORIGINS: 'https://desk.acme.example, http://localhost:5173',
      METRICS_TOKEN: 'scrape-token-0123456789',
    });
    expect(config.http).toEqual({
      requestTimeoutMs: 5000,
      maxConnections: 10,
      slowRequestMs: 250,
      admission: { lagLimitMs: 0, maxHoldMs: 750 },
      corsOrigins: ['https://desk.acme.example', 'http://localhost:5173'],
      metricsToken: 'scrape-token-0123456789',
      tenantRateLimit: { ratePerSecond: 5000, burst: 10_000 },
    });
    expect(loadConfig({}).http).toEqual({
      requestTimeoutMs: 30_000,
      maxConnections: 1024,
      slowRequestMs: 1000,
      admission: { lagLimitMs: 150, maxHoldMs: 2000 },
      corsOrigins: [],
      tenantRateLimit: { ratePerSecond: 5000, burst: 10_000 },
    });
    const problems = problemsOf({ METRICS_TOKEN: 'short', CORS_ORIGINS: 'acme.example' });
    expect(problems.join('\n')).not.toContain('short');
    expect(problems).toEqual(expect.arrayContaining([expect.stringContaining('CORS_ORIGINS must be a comma-separated list of http(s) origins')]));
  });

  it("reads each tenant's rate over the API (API_RATE_PER_SECOND, API_RATE_BURST: two seconds' worth unless set)", () => {
    expect(loadConfig({ API_RATE_PER_SECOND: '50' }).http.tenantRateLimit).toEqual({ ratePerSecond: 50, burst: 100 });
    expect(loadConfig({ API_RATE_PER_SECOND: '0.5', API_RATE_BURST: '3' }).http.tenantRateLimit).toEqual({ ratePerSecond: 0.5, burst: 3 });
    expect(problemsOf({ API_RATE_PER_SECOND: '0', API_RATE_BURST: 'many' })).toEqual([
      expect.stringContaining('API_RATE_PER_SECOND'),
      expect.stringContaining('API_RATE_BURST'),
    ]);
  });

  it('reads how external tokens map to users and roles (OIDC_*), the OIDC standard claims unless set', () => {
    expect(loadConfig({}).auth.claims).toEqual({ userClaim: 'sub', emailClaim: 'email', nameClaim: 'name', rolesClaim: 'roles', roleMap: null });
    const mapped = loadConfig({
      OIDC_USER_CLAIM: 'preferred_username',
      OIDC_ROLES_CLAIM: 'groups',
      OIDC_ROLE_MAP: '{"hr-agents":"agent","hr-admins":"tenant-admin"}',
    });
    expect(mapped.auth.claims).toMatchObject({
      userClaim: 'preferred_username',
      rolesClaim: 'groups',
      roleMap: { 'hr-agents': 'agent', 'hr-admins': 'tenant-admin' },
    });
    expect(problemsOf({ OIDC_ROLE_MAP: '{hr-agents: agent}' })).toEqual([expect.stringMatching(/^OIDC_ROLE_MAP must be JSON/)]);
    expect(problemsOf({ OIDC_ROLE_MAP: '["agent"]' })).toEqual([expect.stringMatching(/^OIDC_ROLE_MAP must be a JSON object/)]);
    expect(problemsOf({ OIDC_ROLES_CLAIM: 'my groups' })).toEqual([expect.stringContaining('OIDC_ROLES_CLAIM must be a claim name')]);
  });

  it('names each missing variable that production needs', () => {
    expect(problemsOf({ DESKSTREAM_MODE: 'production' })).toEqual([
      'KURRENTDB_URL is required when DESKSTREAM_MODE=production',
      'KAFKA_BROKERS is required when DESKSTREAM_MODE=production',
      'MONGODB_URL is required when DESKSTREAM_MODE=production',
      'AUTH_ISSUER is required when DESKSTREAM_MODE=production',
      'AUTH_JWKS_URL is required when DESKSTREAM_MODE=production',
    ]);
  });

  it('reports every bad value at once, naming the variable and what it got', () => {
    const problems = problemsOf({
      DESKSTREAM_MODE: 'cloud',
      PORT: 'eighty',
      OTEL_TRACES_EXPORTER: 'jaeger',
      BODY_LIMIT_BYTES: '0',
      SQLITE_SYNCHRONOUS: 'OFF',
      AUTH_JWKS_URL: 'not a url',
      KAFKA_BROKERS: 'kafka-0',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'DESKSTREAM_MODE must be equal to one of the allowed values: embedded | production (got "cloud")',
        'PORT must be integer (got "eighty")',
        'OTEL_TRACES_EXPORTER must be equal to one of the allowed values: none | console | otlp (got "jaeger")',
        'BODY_LIMIT_BYTES must be >= 1 (got "0")',
        'SQLITE_SYNCHRONOUS must be equal to one of the allowed values: NORMAL | FULL (got "OFF")',
        'AUTH_JWKS_URL must match format "uri" (got "not a url")',
        'KAFKA_BROKERS must be a comma-separated list of host:port (got "kafka-0")',
      ]),
    );
    expect(problems).toHaveLength(7);
  });

  it('puts the problems in the error message', () => {
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT must be <= 65535 \(got "70000"\)/);
  });
});
