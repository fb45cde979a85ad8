import { describe, expect, it } from 'vitest';
import { formDataToObject, typedValuesOf } from './form-state';

function posted(fields: [string, string][]) {
  const formData = new FormData();
  for (const [name, value] of fields) formData.append(name, value);
  return formDataToObject(formData);
}

describe('what a refused form gets back to draw again', () => {
  it('keeps every text field and every ticked box, as sent', () => {
    const input = posted([
      ['name', 'Ada Lovelace'],
      ['email', 'ada@tfc.example'],
      ['roles', 'lead'],
      ['roles', 'admin'],
      ['value', ' 94.50 '],
      ['version', '3'],
    ]);
    expect(typedValuesOf(input)).toEqual({
      name: 'Ada Lovelace',
      email: 'ada@tfc.example',
      roles: ['lead', 'admin'],
      value: ' 94.50 ',
      version: '3',
    });
  });

  it.each(['password', 'currentPassword', 'newPassword', 'confirmPassword', 'temporaryPassword', 'PASSWORD'])(
    'never sends back a password (%s)',
    (field) => {
      const echoed = typedValuesOf(posted([['email', 'sam@tfc.example'], [field, 'correct horse battery staple']]));
      expect(echoed).toEqual({ email: 'sam@tfc.example' });
      expect(JSON.stringify(echoed)).not.toContain('correct horse');
    },
  );

  it('leaves out what React adds to a form post and what is not text', () => {
    const formData = new FormData();
    formData.append('$ACTION_ID_abc', '');
    formData.append('$ACTION_REF_1', '');
    formData.append('email', 'sam@tfc.example');
    expect(typedValuesOf(formDataToObject(formData))).toEqual({ email: 'sam@tfc.example' });
    expect(typedValuesOf({ count: 3, list: ['a', 1], when: new Date(0) })).toEqual({});
  });

  it('is empty for input that is not a set of fields', () => {
    expect(typedValuesOf(undefined)).toEqual({});
    expect(typedValuesOf('email=x')).toEqual({});
  });
});
