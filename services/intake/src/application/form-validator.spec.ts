import { ValidationFailed } from '@deskstream/kernel';
import { FormValidator } from './form-validator';

const refusalOf = (act: () => unknown): string => {
  try {
    act();
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw error;
  }
  return 'accepted';
};

describe('form validation', () => {
  it('given a form pattern that backtracks exponentially, when a long near-miss is submitted, then it is refused on a linear-time engine', () => {
    // A backtracking engine takes 2^n steps for n a's and a bang: 30 took 4.4 s on V8's, every step doubles it.
    const forms = new FormValidator();
    const form = { type: 'object', properties: { code: { type: 'string', pattern: '^(a+)+$' } } };
    expect(forms.errors('acme/codes', 1, form, { code: `${'a'.repeat(30)}!` }, '/fields')).toEqual([
      { field: '/fields/code', message: 'must match pattern "^(a+)+$"' },
    ]);
    expect(forms.errors('acme/codes', 1, form, { code: 'aaaa' }, '/fields')).toEqual([]);
  });

  it('given patternProperties, then their patterns run on the same engine', () => {
    const forms = new FormValidator();
    const form = { type: 'object', patternProperties: { '^(x+)+$': { type: 'number' } } };
    expect(forms.errors('acme/extras', 1, form, { [`${'x'.repeat(40)}!`]: 'any', xx: 'not a number' }, '/fields')).toEqual([
      { field: '/fields/xx', message: 'must be number' },
    ]);
  });

  it('given a pattern the linear-time engine cannot run (a backreference), when the form is saved, then it is refused naming the form', () => {
    expect(refusalOf(() => new FormValidator().ensureCompiles({ type: 'string', pattern: '^(a)\\1$' }))).toMatch(
      /^form: form is not a valid JSON Schema: .*\\1/,
    );
  });

  it("given one tenant's form with an $id, then another form may use the same $id and cannot $ref it", () => {
    const forms = new FormValidator();
    forms.ensureCompiles({ $id: 'https://forms.example/laptop', type: 'object', required: ['model'] });
    expect(() => forms.ensureCompiles({ $id: 'https://forms.example/laptop', type: 'object' })).not.toThrow();
    expect(refusalOf(() => forms.ensureCompiles({ $ref: 'https://forms.example/laptop' }))).toMatch(/can't resolve reference/);
    // References inside the form itself resolve.
    const local = { type: 'object', properties: { owner: { $ref: '#/$defs/person' } }, $defs: { person: { type: 'string', minLength: 2 } } };
    expect(forms.errors('acme/local', 1, local, { owner: 'x' }, '/fields')).toEqual([
      { field: '/fields/owner', message: 'must NOT have fewer than 2 characters' },
    ]);
  });

  it('given a form version already validated, then it is used again until a revision replaces it', () => {
    const forms = new FormValidator();
    expect(forms.errors('acme/laptop', 1, { type: 'object', required: ['model'] }, {}, '/fields')).toHaveLength(1);
    expect(forms.errors('acme/laptop', 1, { type: 'object', required: ['model'] }, { model: 'x1' }, '/fields')).toEqual([]);
    expect(forms.errors('acme/laptop', 2, { type: 'object' }, {}, '/fields')).toEqual([]);
    expect(forms.errors('globex/laptop', 1, { type: 'object', required: ['cost'] }, {}, '/fields')).toHaveLength(1);
  });
});
