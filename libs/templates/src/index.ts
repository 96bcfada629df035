export { TEMPLATE_NAMES, loadTemplate, isTemplateName, type TemplateName } from './tenant-templates';
