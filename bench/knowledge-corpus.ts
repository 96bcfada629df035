/**
 * A generated knowledge base with realistic lengths (title 5-9 words, problem 40-80, environment 8-15,
 * cause 15-30, resolution 80-160; 3-5 keywords) over an IT vocabulary drawn with a Zipf-like skew, so
 * that common words are common and queries hit many articles, as in a real desk's knowledge base.
 */
const TERMS = (
  'outlook email mailbox password reset account locked vpn client tunnel certificate expired printer tray jam toner driver ' +
  'laptop docking station monitor display resolution keyboard mouse bluetooth wifi network switch router firewall proxy dns ' +
  'teams meeting camera microphone audio headset sharepoint onedrive sync folder permission access group policy license ' +
  'activation office excel word powerpoint macro addin crash freeze slow performance memory disk space update patch reboot ' +
  'windows linux mac ios android phone mobile authenticator mfa token sso login portal browser chrome edge cache cookie ' +
  'session timeout server database backup restore archive quota attachment calendar invite signature rule filter spam ' +
  'phishing virus malware antivirus encryption bitlocker recovery key usb drive scanner badge door wifi guest ssid ' +
  'payroll payslip holiday expense invoice supplier purchase order erp sap crm ticket queue shared mailbox distribution list'
).split(' ');
const FILLER = 'the a to and of in is when after it not with on for user users cannot can does error message shows again then this that from'.split(' ');
const SERVICES = ['email', 'network', 'workplace', 'collaboration', 'identity', 'printing', 'erp', 'hr'];
const CATEGORIES = ['software', 'hardware', 'network', 'access', 'how-to', 'supplier'];

/** Deterministic (mulberry32), so every run measures the same corpus. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru ta vo si pe da ri no xo zu be fa gi ho ju ke la mo ny pa qu re so ti uv we'.split(' ');

/**
 * About 6,000 distinct terms: the real IT words above plus product, host and application names and
 * error codes made of syllables, the long tail every desk's articles are full of.
 */
function lexicon(rand: () => number): string[] {
  const names = new Set<string>();
  while (names.size < 5_000) {
    const length = 2 + Math.floor(rand() * 3);
    names.add(Array.from({ length }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join(''));
  }
  const codes = Array.from(
    { length: 800 },
    () =>
      `0x${Math.floor(rand() * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`,
  );
  return [...TERMS, ...names, ...codes];
}

export function vocabulary(rand: () => number) {
  const words = lexicon(rand);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  /** Zipf-like: the common IT words come up often, the long tail rarely. */
  const zipf = (list: readonly string[]) => list[Math.floor(list.length * rand() ** 3)]!;
  const between = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  /** An article is about a topic: a handful of terms it keeps coming back to. */
  const topic = () => Array.from({ length: between(6, 12) }, () => (rand() < 0.5 ? pick(TERMS) : zipf(words)));
  const sentence = (about: readonly string[], length: number) =>
    Array.from({ length }, () => {
      const r = rand();
      return r < 0.45 ? pick(FILLER) : r < 0.85 ? pick(about) : zipf(words);
    }).join(' ');
  return { between, sentence, topic, pick };
}

export interface GeneratedArticle {
  readonly title: string;
  readonly problem: string;
  readonly environment: string;
  readonly cause: string;
  readonly resolution: string;
  readonly keywords: string[];
  readonly service: string;
  readonly category: string;
  readonly audience: 'internal' | 'requesters';
  readonly validated: boolean;
}

export function generateArticles(count: number, seed = 42): GeneratedArticle[] {
  const rand = random(seed);
  const v = vocabulary(rand);
  return Array.from({ length: count }, () => {
    const about = v.topic();
    return {
      title: Array.from({ length: v.between(5, 9) }, (_, i) => (i % 3 === 1 ? v.pick(FILLER) : v.pick(about))).join(' '),
      problem: v.sentence(about, v.between(40, 80)),
      environment: v.sentence(about, v.between(8, 15)),
      cause: v.sentence(about, v.between(15, 30)),
      resolution: v.sentence(about, v.between(80, 160)),
      keywords: Array.from({ length: v.between(3, 5) }, () => v.pick(about)),
      service: v.pick(SERVICES),
      category: v.pick(CATEGORIES),
      audience: rand() < 0.6 ? 'requesters' : 'internal',
      validated: rand() < 0.7,
    };
  });
}

/**
 * What people type: mostly two or three words of an article that exists (its title and keywords),
 * one query in five about something no article covers; `asYouType` cuts the last word short.
 */
export function generateQueries(articles: readonly GeneratedArticle[], count: number, asYouType: boolean, seed = 7): string[] {
  const rand = random(seed);
  const v = vocabulary(rand);
  return Array.from({ length: count }, () => {
    const about = rand() < 0.8 ? [...v.pick(articles).title.split(' '), ...v.pick(articles).keywords].filter((w) => !FILLER.includes(w)) : v.topic();
    const words = Array.from({ length: v.between(2, 3) }, () => v.pick(about));
    if (asYouType) words[words.length - 1] = words[words.length - 1]!.slice(0, v.between(3, 5));
    return words.join(' ');
  });
}
