export { DevOutbox, OUTBOX_COLLECTION, type CapturedMail, type CapturedMailFields } from '@deskstream/platform';
