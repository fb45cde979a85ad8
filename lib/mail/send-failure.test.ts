import { describe, expect, it } from 'vitest';
import { describeSendFailure } from './send-failure';

const smtpError = (code: string, responseCode: number | undefined, command: string) =>
  Object.assign(new Error(`${code} ${responseCode} ${command}: details for the log only`), { code, responseCode, command });

describe('a failed send', () => {
  it('is final when the recipient or the message is refused with a 5xx reply', () => {
    expect(describeSendFailure(smtpError('EENVELOPE', 550, 'RCPT TO'))).toEqual({ summary: 'The mail server refused this message (550).', permanent: true });
    expect(describeSendFailure(smtpError('EMESSAGE', 554, 'DATA'))).toMatchObject({ permanent: true });
  });

  it('is tried again when the server asks, or when the fault is the configuration or the network', () => {
    expect(describeSendFailure(smtpError('EENVELOPE', 451, 'RCPT TO'))).toEqual({ summary: 'The mail server asked to try again later (451).', permanent: false });
    expect(describeSendFailure(smtpError('EENVELOPE', 553, 'MAIL FROM'))).toMatchObject({ permanent: false });
    expect(describeSendFailure(smtpError('EAUTH', 535, 'AUTH PLAIN'))).toEqual({ summary: 'The mail server did not accept the user and password in SMTP_URL (535).', permanent: false });
    expect(describeSendFailure(smtpError('ECONNECTION', undefined, 'CONN'))).toEqual({ summary: 'The mail server could not be reached.', permanent: false });
    expect(describeSendFailure(new Error('anything else'))).toEqual({ summary: 'The mail server did not take the message.', permanent: false });
  });

  it('never puts the server\'s own words on the page', () => {
    expect(describeSendFailure(smtpError('EENVELOPE', 550, 'RCPT TO')).summary).not.toContain('details');
  });
});
