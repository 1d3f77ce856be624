import { isEmail, splitEmails } from '../../src/domain/email';

describe('isEmail', () => {
  it.each(['vanhoa.minhtien@example.com', 'a+b@sub.example.vn', 'x_y-z@gmail.com', 'A1@EXAMPLE.COM'])(
    'accepts %p',
    (s) => {
      expect(isEmail(s)).toBe(true);
    },
  );

  it.each([
    '',
    'abc',
    'a@b',
    'a@@b.com',
    '@example.com',
    'a@',
    'a@b..com',
    '.a@b.com',
    'a.@b.com',
    'a..b@c.com',
    'a b@c.com',
    'a@-b.com',
    'a@b-.com',
    'a@b.c',
    'a@b.com.',
    'nguyễn@example.com',
    'a@example.123',
  ])('rejects %p', (s) => {
    expect(isEmail(s)).toBe(false);
  });
});

describe('splitEmails', () => {
  it('splits on commas, semicolons, line breaks and spaces, trimmed and lower-cased', () => {
    expect(splitEmails(' A@Example.com, b@example.com;c@example.com\nd@example.com  e@example.com ')).toEqual({
      emails: ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com', 'e@example.com'],
      invalid: [],
    });
  });

  it('keeps each address once', () => {
    expect(splitEmails('a@example.com, A@EXAMPLE.COM').emails).toEqual(['a@example.com']);
  });

  it('lists what is not an address, as typed', () => {
    expect(splitEmails('a@example.com, Hội Nông dân, b@')).toEqual({
      emails: ['a@example.com'],
      invalid: ['Hội', 'Nông', 'dân', 'b@'],
    });
  });

  it('reads "Name <address>" and mailto: links', () => {
    expect(splitEmails('Nguyễn Văn A <A@example.com>, mailto:b@example.com').emails).toEqual([
      'a@example.com',
      'b@example.com',
    ]);
  });

  it('gives nothing for a blank cell', () => {
    expect(splitEmails('  ')).toEqual({ emails: [], invalid: [] });
  });
});
