export { KnowledgeModule } from './knowledge.module';
export { KnowledgeAppModule } from './knowledge-app.module';
