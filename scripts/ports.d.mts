export function envPort(variable: string, fallback: number): number;
type Server = { variable: string; port: number };
export function e2ePorts(): { main: Server; calendar: Server; hostile: Server; history: Server; mail: Server; smtp: Server };
export function isPortFree(port: number): Promise<boolean>;
export function portInUse(port: number, variable: string): string;
