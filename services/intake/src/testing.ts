/** Test kits of the intake service, for its own suites and the end-to-end suites that compose it with others. */
export { startIntakeApp } from './http/intake-http-test-kit';
export { startEmailApp, type EmailApp } from './email/email-test-kit';
export { startChatApp, ChatClient, type Frame } from './chat/chat-test-kit';
