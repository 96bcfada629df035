export { DirectoryModule } from './directory.module';
export { DirectoryAppModule } from './directory-app.module';
