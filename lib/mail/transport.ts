// The mail server, from SMTP_URL and MAIL_FROM (lib/env.ts): a nodemailer transport and the sender.
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import { parseEnv } from '../env';
import { domainOf, parseMailAddress, type MailAddress } from './address';

export type Mailer = {
  transporter: Transporter<SMTPTransport.SentMessageInfo>;
  from: MailAddress;
  /** The domain Message-IDs are made in: the sender's own. */
  messageIdDomain: string;
};

export type MailConfig = { smtpUrl: string; mailFrom: string };

/**
 * Each step of a conversation with the mail server must answer within these, so one send ends in
 * at most a few minutes, well inside the lease a worker holds on the message (db/queries/outbox.ts).
 */
export const SEND_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** nodemailer's options for the server named by the URL (validated by lib/env.ts). */
export function transportOptions(smtpUrl: string): SMTPTransport.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const credentials = url.username !== '';
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    ...(url.port ? { port: Number(url.port) } : {}),
    secure,
    ...(credentials ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } } : {}),
    // A password never crosses the network in clear: over smtp:// the connection must be upgraded
    // with STARTTLS first, or nothing is sent. A relay on this machine is trusted as it is.
    requireTLS: !secure && credentials && !LOOPBACK.has(url.hostname),
    ...SEND_TIMEOUTS,
    // Messages are strings from the outbox; nodemailer is never to read a file or URL for one.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
}

export function createMailer({ smtpUrl, mailFrom }: MailConfig): Mailer {
  const from = parseMailAddress(mailFrom);
  if (!from) throw new Error('MAIL_FROM is not an e-mail address');
  return { transporter: nodemailer.createTransport(transportOptions(smtpUrl)), from, messageIdDomain: domainOf(from.address) };
}

/** The mailer the environment configures, or null when no mail server is configured. */
export function mailerFromEnv(source: Record<string, string | undefined> = process.env): Mailer | null {
  const { SMTP_URL, MAIL_FROM } = parseEnv(source);
  return SMTP_URL && MAIL_FROM ? createMailer({ smtpUrl: SMTP_URL, mailFrom: MAIL_FROM }) : null;
}

/**
 * The Message-ID of an outbox message, the same on every attempt: a receiver that is handed the
 * message twice (the mail server took it, then the worker stopped before recording so) can see it
 * is the same message.
 */
export function messageIdFor(outboxId: string, domain: string): string {
  return `<${outboxId}@${domain}>`;
}
