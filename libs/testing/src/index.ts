export * from './containers';
