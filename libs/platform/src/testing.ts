/** Test kits of the platform: any composition of service modules over real HTTP on a throwaway data dir. */
export * from './testing/http-test-app';
export * from './testing/sealed-event-store';
