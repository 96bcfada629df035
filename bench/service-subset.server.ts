import { Module, type DynamicModule, type Type } from '@nestjs/common';
import { createApp, loadConfig, PlatformModule } from '@deskstream/platform';
import { serviceModules } from '../services/standalone/src/standalone.module';

/** The service a module belongs to: intake's e-mail and chat channels count as intake. */
export function serviceOf(module: Type | DynamicModule): string {
  const name = ('module' in module ? module.module : module).name.replace(/Module$/, '').toLowerCase();
  return name === 'email' || name === 'chat' ? 'intake' : name;
}

@Module({})
class ServiceSubsetModule {}

/**
 * The standalone app's composition (the platform and `serviceModules`, in their order) cut down to the
 * services named in BENCH_SERVICES, so the HTTP bench can price each service on the create path.
 */
async function main(): Promise<void> {
  const wanted = new Set((process.env.BENCH_SERVICES ?? '').split(',').filter(Boolean));
  const config = loadConfig();
  const modules = serviceModules(config).filter((module) => wanted.has(serviceOf(module)));
  const app = await createApp({ module: ServiceSubsetModule, imports: [PlatformModule.forRoot(config, { service: 'bench' }), ...modules] }, config);
  await app.listen({ port: config.port, host: config.host });
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
