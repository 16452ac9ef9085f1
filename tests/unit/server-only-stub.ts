// Stands in for the 'server-only' package in unit tests, which run outside any React bundle.
export {};
