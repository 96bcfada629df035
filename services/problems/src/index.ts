export { ProblemsModule } from './problems.module';
export { ProblemsAppModule } from './problems-app.module';
