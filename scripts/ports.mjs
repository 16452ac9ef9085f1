// The ports the end-to-end servers listen on, each settable by environment, and a check that a
// port is free, so a taken port is reported by name before anything slow runs. Read by
// playwright.config.ts, scripts/test.mjs, scripts/e2e-server.mjs and scripts/start.mjs.
import net from 'node:net';

/** A port from the environment variable `variable`, else `fallback`; exits 2 on a value that is not a port. */
export function envPort(variable, fallback) {
  const raw = process.env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`✗ ${variable}=${raw} is not a port number (1 to 65535).`);
    process.exit(2);
  }
  return port;
}

/**
 * The end-to-end servers' ports (see playwright.config.ts): the test catalogue (E2E_PORT, 3100),
 * the calendar fixtures (E2E_CALENDAR_PORT, 3101), the hostile fixtures (E2E_HOSTILE_PORT, 3102),
 * the calendar's history (E2E_HISTORY_PORT, 3103), email (E2E_MAIL_PORT, 3110) and the test SMTP
 * server it sends to (E2E_SMTP_PORT, 3125).
 */
export function e2ePorts() {
  const ports = {
    main: { variable: 'E2E_PORT', port: envPort('E2E_PORT', 3100) },
    calendar: { variable: 'E2E_CALENDAR_PORT', port: envPort('E2E_CALENDAR_PORT', 3101) },
    hostile: { variable: 'E2E_HOSTILE_PORT', port: envPort('E2E_HOSTILE_PORT', 3102) },
    history: { variable: 'E2E_HISTORY_PORT', port: envPort('E2E_HISTORY_PORT', 3103) },
    mail: { variable: 'E2E_MAIL_PORT', port: envPort('E2E_MAIL_PORT', 3110) },
    smtp: { variable: 'E2E_SMTP_PORT', port: envPort('E2E_SMTP_PORT', 3125) },
  };
  const all = Object.values(ports);
  const clash = all.find((a, i) => all.findIndex((b) => b.port === a.port) !== i);
  if (clash) {
    console.error(`✗ The end-to-end servers need different ports; ${all.map((p) => `${p.variable}=${p.port}`).join(', ')}.`);
    process.exit(2);
  }
  return ports;
}

/** Whether something could listen on `port` (on every interface, as `next start` does). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, () => probe.close(() => resolve(true)));
  });
}

/** The line to print when `port` is taken: which port, and which variable moves it. */
export function portInUse(port, variable) {
  return `✗ Port ${port} (${variable}) is already in use. Stop what is using it, or set ${variable} to a free port.`;
}
