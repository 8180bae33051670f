export * from './org.js';
export * from './accounts.js';
export * from './audit.js';
export * from './platform.js';
export * from './petitions.js';
export * from './rounds.js';
export * from './clues.js';
export * from './rectification.js';
