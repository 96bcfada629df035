export { IntakeModule } from './intake.module';
export { IntakeAppModule } from './intake-app.module';
export { loadIntakeConfig, type IntakeConfig } from './application/intake-config';
export { EmailModule, emailBanner } from './email/email.module';
export { EMAIL_CONFIG } from './email/email.module';
export { loadEmailConfig, type EmailConfig } from './email/email-config';
export { SmtpListener } from './email/smtp-listener';
export { ChatModule, chatBanner } from './chat/chat.module';
