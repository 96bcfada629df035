/** Test titles mapped to the reason a server is known to fail them (a documented gap, not a bug here). */
export type ExpectedFailures = Readonly<Record<string, string>>;

type TestFn = jest.ProvidesCallback;

/**
 * `it`, except that a test named in `expected` must fail on this server (Jest's `it.failing`), with the
 * reason in its title (`[expected failure: …]`). Once the server closes the gap the test fails and the
 * entry goes. `checkAllNamed` throws for a name that matched no test, so a renamed test is noticed.
 */
export function testsExpecting(expected: ExpectedFailures = {}) {
  const named = new Set<string>();
  const test = (title: string, fn: TestFn, timeout?: number): void => {
    const reason = expected[title];
    if (reason === undefined) {
      it(title, fn, timeout);
      return;
    }
    named.add(title);
    it.failing(`${title} [expected failure: ${reason}]`, fn, timeout);
  };
  const checkAllNamed = (): void => {
    const unknown = Object.keys(expected).filter((title) => !named.has(title));
    if (unknown.length > 0) throw new Error(`expected failures name no test: ${unknown.join('; ')}`);
  };
  return { it: test, checkAllNamed };
}
