// What a failed send means: a short sentence for the outbox page (the details go to the server's
// log, never to the page), and whether trying again could ever help.

export type SendFailure = { summary: string; permanent: boolean };

type SmtpError = { code?: string; responseCode?: number; command?: string };

export function describeSendFailure(error: unknown): SendFailure {
  const { code, responseCode, command } = (error ?? {}) as SmtpError;
  const reply = responseCode ? ` (${responseCode})` : '';
  // A 5xx reply to the recipient or to the message itself is final for this message: the address
  // does not exist, or the message is refused as it is. A 5xx to anything else (signing in, the
  // sender) is the configuration's fault, and the message goes once that is put right.
  if (responseCode && responseCode >= 500 && (command === 'RCPT TO' || command === 'DATA')) {
    return { summary: `The mail server refused this message${reply}.`, permanent: true };
  }
  if (responseCode && responseCode >= 400 && responseCode < 500) {
    return { summary: `The mail server asked to try again later${reply}.`, permanent: false };
  }
  switch (code) {
    case 'EAUTH':
    case 'ENOAUTH':
      return { summary: `The mail server did not accept the user and password in SMTP_URL${reply}.`, permanent: false };
    case 'ETLS':
      return { summary: 'A secure connection to the mail server could not be made.', permanent: false };
    case 'ECONNECTION':
    case 'ETIMEDOUT':
    case 'ESOCKET':
    case 'EDNS':
      return { summary: 'The mail server could not be reached.', permanent: false };
    default:
      return { summary: `The mail server did not take the message${reply}.`, permanent: false };
  }
}
