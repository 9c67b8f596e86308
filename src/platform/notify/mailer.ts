import nodemailer from 'nodemailer';
import type { Logger } from 'pino';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  /** True when SMTP is configured; otherwise callers show links to the person instead. */
  readonly enabled: boolean;
  /** Sends a message; throws when the SMTP peer refuses it. */
  send(mail: Mail): Promise<void>;
}

/** An SMTP mailer (nodemailer) when a URL is configured, otherwise a disabled one. */
export function createMailer(opts: { smtpUrl?: string; from: string; log: Logger }): Mailer {
  if (!opts.smtpUrl) {
    return {
      enabled: false,
      async send() {
        throw new Error('SMTP is not configured');
      },
    };
  }
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    enabled: true,
    async send(mail) {
      await transport.sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text });
      opts.log.info({ to: mail.to, subject: mail.subject }, 'mail sent');
    },
  };
}
