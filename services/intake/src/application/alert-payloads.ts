import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { createHash } from 'node:crypto';
import { MAX_TICKET_TEXT_LENGTH, ValidationFailed } from '@deskstream/kernel';
import type { Alert } from '../domain/alert-correlation.decider';
import { schemaFieldErrors } from './form-validator';

export type AlertStatus = 'firing' | 'resolved';
export interface ReceivedAlert {
  readonly status: AlertStatus;
  readonly alert: Alert;
}

const labels = { type: 'object', additionalProperties: { type: 'string' } } as const;

/**
 * The Alertmanager webhook body, version 4, as Alertmanager sends it
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). Fields we do not use are
 * allowed through: the payload is the sender's, not ours to trim.
 */
const alertmanagerSchema = {
  type: 'object',
  required: ['version', 'status', 'alerts'],
  properties: {
    version: { const: '4' },
    groupKey: { type: 'string' },
    status: { enum: ['firing', 'resolved'] },
    receiver: { type: 'string' },
    groupLabels: labels,
    commonLabels: labels,
    commonAnnotations: labels,
    externalURL: { type: 'string' },
    truncatedAlerts: { type: 'integer', minimum: 0 },
    alerts: {
      type: 'array',
      minItems: 1,
      maxItems: 1000,
      items: {
        type: 'object',
        required: ['status', 'labels', 'startsAt'],
        properties: {
          status: { enum: ['firing', 'resolved'] },
          labels: { ...labels, required: ['alertname'] },
          annotations: labels,
          startsAt: { type: 'string', format: 'date-time' },
          endsAt: { type: 'string', format: 'date-time' },
          generatorURL: { type: 'string' },
          fingerprint: { type: 'string', minLength: 1, maxLength: 200 },
        },
      },
    },
  },
} as const;

/** A generic JSON alert from any tool that can POST: only a name is required. Also its OpenAPI body schema. */
export const GENERIC_ALERT_SCHEMA = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    status: { enum: ['firing', 'resolved'], default: 'firing' },
    fingerprint: { type: 'string', minLength: 1, maxLength: 200 },
    service: { type: 'string', minLength: 1, maxLength: 200 },
    severity: { type: 'string', maxLength: 50 },
    summary: { type: 'string', maxLength: 200 },
    description: { type: 'string', maxLength: MAX_TICKET_TEXT_LENGTH },
    labels,
    startsAt: { type: 'string', format: 'date-time' },
    endsAt: { type: 'string', format: 'date-time' },
    source: { type: 'string', maxLength: 100 },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: false, useDefaults: true });
addFormats(ajv, ['date-time']);
const validateAlertmanager = ajv.compile(alertmanagerSchema);
const validateGeneric = ajv.compile(GENERIC_ALERT_SCHEMA);

type Labels = Record<string, string>;

/** Without a fingerprint from the sender, the same label set is the same alert (as Alertmanager defines it). */
function fingerprintOf(labelSet: Labels): string {
  const canonical = Object.keys(labelSet)
    .sort()
    .map((key) => `${key}=${labelSet[key]}`)
    .join('\u0000');
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** Alertmanager marks a firing alert's end as the zero time. */
const endOf = (endsAt: string | undefined): string | null => (endsAt && !endsAt.startsWith('0001-') ? endsAt : null);

export function parseAlertmanager(body: unknown): ReceivedAlert[] {
  if (!validateAlertmanager(body)) throw new ValidationFailed(schemaFieldErrors(validateAlertmanager.errors, ''));
  const payload = body as { alerts: { status: AlertStatus; labels: Labels; annotations?: Labels; startsAt: string; endsAt?: string; fingerprint?: string }[] };
  return payload.alerts.map((a) => {
    const annotations = a.annotations ?? {};
    const name = a.labels.alertname!;
    return {
      status: a.status,
      alert: {
        fingerprint: a.fingerprint ?? fingerprintOf(a.labels),
        name,
        service: a.labels.service ?? a.labels.job ?? null,
        severity: a.labels.severity ?? null,
        summary: (annotations.summary ?? annotations.title ?? name).slice(0, 200),
        description: annotations.description ?? '',
        labels: a.labels,
        startsAt: a.startsAt,
        endsAt: endOf(a.endsAt),
        source: 'alertmanager',
      },
    };
  });
}

export function parseGenericAlert(body: unknown, receivedAt: string): ReceivedAlert {
  if (!validateGeneric(body)) throw new ValidationFailed(schemaFieldErrors(validateGeneric.errors, ''));
  const a = body as {
    name: string;
    status: AlertStatus;
    fingerprint?: string;
    service?: string;
    severity?: string;
    summary?: string;
    description?: string;
    labels?: Labels;
    startsAt?: string;
    endsAt?: string;
    source?: string;
  };
  const labelSet: Labels = { ...(a.labels ?? {}), alertname: a.name, ...(a.service ? { service: a.service } : {}) };
  return {
    status: a.status,
    alert: {
      fingerprint: a.fingerprint ?? fingerprintOf(labelSet),
      name: a.name,
      service: a.service ?? null,
      severity: a.severity ?? null,
      summary: a.summary ?? a.name,
      description: a.description ?? '',
      labels: labelSet,
      startsAt: a.startsAt ?? receivedAt,
      endsAt: a.endsAt ?? null,
      source: a.source ?? 'generic',
    },
  };
}
