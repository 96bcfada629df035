import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SEEDED_TENANTS } from './demo-directory';

export const CREDENTIALS_FILE = 'demo-credentials.json';

/** scrypt's cost: about 50 ms and 16 MiB per check here, which is what makes guessing slow. */
const COST: ScryptOptions = { N: 2 ** 14, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

const derive = (password: string, salt: Buffer, options: ScryptOptions = COST): Promise<Buffer> =>
  new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, options, (error, key) => (error ? reject(error) : resolve(key))));

/** `scrypt$N$r$p$salt$key`, salt and key base64url: the parameters travel with the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

const userKey = (tenantId: string, userId: string): string => `${tenantId}/${userId}`;
/** The installation's password, for the users of onboarded tenants who have not chosen their own yet. */
const ANYONE = userKey('*', '*');

/**
 * The demo users' passwords in the embedded mode, kept only as scrypt hashes in the data dir.
 * On first start every demo user gets one generated password (shown once, in the banner) unless
 * DEMO_PASSWORD chooses it; DEMO_PASSWORD set on a later start replaces them all; a signed-in user
 * can change their own. The users of tenants onboarded later sign in with the same password until
 * they change it. The file is read again at each sign-in and change, so that the processes serving
 * one data dir agree.
 */
export class DemoCredentials {
  private constructor(
    private readonly file: string | null,
    private hashes: Map<string, string>,
    /** The password generated on this start, to be shown once; null when it was chosen or kept. */
    readonly generatedPassword: string | null,
  ) {}

  static async open(dataDir: string | undefined, chosen?: string): Promise<DemoCredentials> {
    const file = dataDir ? join(dataDir, CREDENTIALS_FILE) : null;
    const stored = file ? await readHashes(file) : null;
    if (stored && !chosen) return new DemoCredentials(file, stored, null);
    const password = chosen ?? randomBytes(12).toString('base64url');
    const hash = await hashPassword(password);
    const hashes = new Map(SEEDED_TENANTS.flatMap((tenant) => tenant.users.map((user) => [userKey(tenant.id, user.id), hash] as const)));
    hashes.set(ANYONE, hash);
    const credentials = new DemoCredentials(file, hashes, chosen ? null : password);
    await credentials.save();
    return credentials;
  }

  /**
   * True only for a seeded user, or one `known` to an onboarded tenant, with this password; the check
   * costs the same for unknown users.
   */
  async verify(tenantId: string, userId: string, password: string, known = false): Promise<boolean> {
    await this.reload();
    const stored = this.hashes.get(userKey(tenantId, userId)) ?? (known ? this.hashes.get(ANYONE) : undefined);
    const ok = await verifyPassword(password, stored ?? UNKNOWN_USER_HASH);
    return stored !== undefined && ok;
  }

  async change(tenantId: string, userId: string, password: string): Promise<void> {
    await this.reload();
    this.hashes.set(userKey(tenantId, userId), await hashPassword(password));
    await this.save();
  }

  /** The file as another process on the data dir (an edge beside this one) may have left it. */
  private async reload(): Promise<void> {
    if (this.file) this.hashes = (await readHashes(this.file)) ?? this.hashes;
  }

  private async save(): Promise<void> {
    if (!this.file) return;
    await mkdir(join(this.file, '..'), { recursive: true });
    const staged = `${this.file}.${process.pid}.tmp`;
    await writeFile(staged, JSON.stringify(Object.fromEntries(this.hashes), null, 1), { mode: 0o600 });
    await rename(staged, this.file);
  }
}

/** Checked against for unknown users, so that timing does not tell which users exist. */
const UNKNOWN_USER_HASH = `scrypt$${COST.N}$${COST.r}$${COST.p}$${Buffer.alloc(16).toString('base64url')}$${Buffer.alloc(KEY_LENGTH).toString('base64url')}`;

async function readHashes(file: string): Promise<Map<string, string> | null> {
  try {
    return new Map(Object.entries(JSON.parse(await readFile(file, 'utf8')) as Record<string, string>));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
