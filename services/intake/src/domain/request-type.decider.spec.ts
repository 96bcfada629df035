import { AlreadyExists, NotFound, specification, ValidationFailed, type FieldError } from '@deskstream/kernel';
import { brokenForm } from './intake.fixtures';
import { requestTypeCatalogDecider } from './request-type-catalog.decider';
import { requestTypeDecider, type RequestTypeEvent } from './request-type.decider';

const spec = specification(requestTypeDecider);
const at = '2026-01-05T09:00:00.000Z';
const defined: RequestTypeEvent = { type: 'RequestTypeDefined', data: { requestTypeId: 'broken', version: 1, ...brokenForm, by: 'tenant-admin', at } };

describe('request types', () => {
  it('defines version 1', () => {
    spec
      .given([])
      .when({ type: 'DefineRequestType', data: { requestTypeId: 'broken', definition: brokenForm, by: 'tenant-admin', at } })
      .then([defined]);
  });

  it('refuses to define the same id twice', () => {
    spec
      .given([defined])
      .when({ type: 'DefineRequestType', data: { requestTypeId: 'broken', definition: brokenForm, by: 'tenant-admin', at } })
      .thenThrows(AlreadyExists);
  });

  it('revises into the next version', () => {
    const definition = { ...brokenForm, urgency: 2 as const };
    spec
      .given([defined])
      .when({ type: 'ReviseRequestType', data: { requestTypeId: 'broken', definition, by: 'tenant-admin', at } })
      .then([{ type: 'RequestTypeRevised', data: { requestTypeId: 'broken', version: 2, ...definition, by: 'tenant-admin', at } }]);
  });

  it('makes no new version when nothing changed', () => {
    spec
      .given([defined])
      .when({ type: 'ReviseRequestType', data: { requestTypeId: 'broken', definition: brokenForm, by: 'tenant-admin', at } })
      .then([]);
  });

  it('cannot revise what does not exist', () => {
    spec
      .given([])
      .when({ type: 'ReviseRequestType', data: { requestTypeId: 'broken', definition: brokenForm, by: 'tenant-admin', at } })
      .thenThrows(NotFound);
  });

  it('names every invalid part of a definition', () => {
    const definition = { ...brokenForm, name: '', kind: 'complaint' as never, form: { type: 'string' }, impact: 7 as never };
    spec
      .given([])
      .when({ type: 'DefineRequestType', data: { requestTypeId: 'Bad Id', definition, by: 'tenant-admin', at } })
      .thenThrows<ValidationFailed>(ValidationFailed, (error) =>
        expect(error.errors.map((e: FieldError) => e.field).sort()).toEqual(['form', 'id', 'impact', 'kind', 'name']),
      );
  });
});

describe('a tenant catalogue of request types', () => {
  const catalog = specification(requestTypeCatalogDecider);
  it('keeps each type at its own version', () => {
    const other: RequestTypeEvent = { type: 'RequestTypeDefined', data: { ...defined.data, requestTypeId: 'other' } };
    catalog
      .given([defined, other])
      .when({ type: 'ReviseRequestType', data: { requestTypeId: 'other', definition: { ...brokenForm, impact: 1 }, by: 'tenant-admin', at } })
      .thenState((state) =>
        expect([...state.values()].map((t) => [t.requestTypeId, t.version, t.definition.impact])).toEqual([
          ['broken', 1, 3],
          ['other', 2, 1],
        ]),
      );
    catalog
      .given([defined])
      .when({ type: 'DefineRequestType', data: { requestTypeId: 'broken', definition: brokenForm, by: 'tenant-admin', at } })
      .thenThrows(AlreadyExists);
  });
});
