import type { Socket } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message the sink accepted (answered 250), parsed by a real MIME parser. */
export type Received = {
  from: string;
  to: string[];
  raw: string;
  mail: ParsedMail;
};

/** How the sink misbehaves. */
export type Behaviour = {
  /** Accept this many messages, then drop the connection in the middle of the next one (no reply to its DATA) and refuse connections (421) from then on. */
  dropAfter?: number;
  /** Accept this many messages, then never answer the next one's DATA (a hung server). */
  stallAfter?: number;
  /** An SMTP reply refusing a recipient, e.g. `{ code: 550, message: 'No such user' }`, or null to accept. */
  rcpt?: (address: string) => { code: number; message: string } | null;
};

/**
 * A real SMTP server on a loopback port (the smtp-server package: the protocol as a mail server
 * speaks it) that keeps what it accepts, for tests. Nothing leaves the machine.
 */
export class SmtpSink {
  readonly received: Received[] = [];
  behaviour: Behaviour;
  private down = false;
  private readonly sockets = new Set<Socket>();
  private readonly server: SMTPServer;

  private constructor(behaviour: Behaviour) {
    this.behaviour = behaviour;
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session, callback) => {
        if (!this.down) return callback();
        const error = Object.assign(new Error('Service not available, try again later'), { responseCode: 421 });
        callback(error);
      },
      onRcptTo: (address, _session, callback) => {
        const refusal = this.behaviour.rcpt?.(address.address);
        if (!refusal) return callback();
        callback(
          Object.assign(new Error(refusal.message), {
            responseCode: refusal.code,
          }),
        );
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          const { dropAfter, stallAfter } = this.behaviour;
          if (dropAfter !== undefined && this.received.length >= dropAfter) {
            this.down = true;
            for (const socket of this.sockets) socket.destroy();
            return;
          }
          if (stallAfter !== undefined && this.received.length >= stallAfter) return;
          const raw = Buffer.concat(chunks).toString('utf8');
          const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          const to = session.envelope.rcptTo.map((r) => r.address);
          // Recorded before the 250 goes out: the sender may act on the reply at once.
          void simpleParser(raw).then((mail) => {
            this.received.push({ from, to, raw, mail });
            callback();
          }, callback);
        });
      },
    });
    this.server.server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  /** Starts a sink on `port` (0: any free port) on 127.0.0.1. */
  static async start(port = 0, behaviour: Behaviour = {}): Promise<SmtpSink & { port: number }> {
    const sink = new SmtpSink(behaviour);
    await new Promise<void>((resolve, reject) => {
      sink.server.on('error', reject);
      sink.server.listen(port, '127.0.0.1', () => resolve());
    });
    return Object.assign(sink, {
      port: (sink.server.server.address() as { port: number }).port,
    });
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as { port: number }).port}`;
  }

  /** Messages whose envelope was addressed to `address`. */
  to(address: string): Received[] {
    return this.received.filter((r) => r.to.includes(address));
  }

  /** Waits until a message matching `test` has arrived. */
  async waitFor(test: (r: Received) => boolean, timeoutMs = 15_000): Promise<Received> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(test);
      if (found) return found;
      if (Date.now() > deadline)
        throw new Error(
          `no such message within ${timeoutMs} ms; received ${this.received.length}: ${this.received.map((r) => `${r.to.join(',')} «${r.mail.subject}»`).join('; ')}`,
        );
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Stops listening and cuts every open connection. */
  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
