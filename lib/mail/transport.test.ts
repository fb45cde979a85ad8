import { describe, expect, it } from 'vitest';
import { createMailer, mailerFromEnv, messageIdFor, SEND_TIMEOUTS, transportOptions } from './transport';

describe('the mail server from SMTP_URL', () => {
  it('signs in with the user and password in the URL, and sends them only over TLS', () => {
    expect(transportOptions('smtp://pack:s%40cret%3A1@mail.council.gov.uk:587')).toMatchObject({
      host: 'mail.council.gov.uk',
      port: 587,
      secure: false,
      auth: { user: 'pack', pass: 's@cret:1' },
      requireTLS: true,
    });
    expect(transportOptions('smtps://pack:secret@mail.council.gov.uk')).toMatchObject({ secure: true, requireTLS: false, auth: { user: 'pack' } });
  });

  it('lets a relay without a password, or one on this machine, take mail as it is', () => {
    const relay = transportOptions('smtp://relay.council.internal:25');
    expect(relay).toMatchObject({ host: 'relay.council.internal', port: 25, secure: false, requireTLS: false });
    expect(relay.auth).toBeUndefined();
    expect(transportOptions('smtp://pack:secret@localhost:2525').requireTLS).toBe(false);
    expect(transportOptions('smtp://[::1]:2525')).toMatchObject({ host: '::1', port: 2525 });
  });

  it('bounds every step of a send, and never reads a file or URL into a message', () => {
    expect(transportOptions('smtp://relay.council.internal')).toMatchObject({ ...SEND_TIMEOUTS, disableFileAccess: true, disableUrlAccess: true });
    expect(transportOptions('smtp://relay.council.internal').port).toBeUndefined();
  });

  it('makes Message-IDs in the sender\'s domain, from the outbox id', () => {
    const mailer = createMailer({ smtpUrl: 'smtp://relay.council.internal', mailFrom: 'Performance Pack <Performance@Council.gov.uk>' });
    expect(mailer.from).toEqual({ name: 'Performance Pack', address: 'Performance@Council.gov.uk' });
    expect(messageIdFor('0b6e6f3e-2f43-4a8e-9f51-1d0c8a3b7c11', mailer.messageIdDomain)).toBe('<0b6e6f3e-2f43-4a8e-9f51-1d0c8a3b7c11@council.gov.uk>');
    mailer.transporter.close();
  });

  it('has no mailer when no mail server is configured', () => {
    expect(mailerFromEnv({})).toBeNull();
    expect(mailerFromEnv({ SMTP_URL: '', MAIL_FROM: '' })).toBeNull();
    const mailer = mailerFromEnv({ SMTP_URL: 'smtp://relay.council.internal', MAIL_FROM: 'performance@council.gov.uk' });
    expect(mailer?.from.address).toBe('performance@council.gov.uk');
    mailer?.transporter.close();
  });
});
