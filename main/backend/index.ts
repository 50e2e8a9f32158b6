// The embedded backend's one entry. It is a product of its own (API.md): the desk's services and
// the command line start it through this file only and never reach into its store, seed or
// simulators (lint-enforced in eslint.config.js).
export { DEFAULT_SEED_TICKETS, startEmbeddedBackend, type EmbeddedBackend, type EmbeddedBackendOptions } from './start-embedded-backend';
export { parseSurgeSpec, type SurgeRequest } from './surge-request';
export { INCIDENT_KINDS, isIncidentKind, type IncidentKind } from './seed/incident-topic-mixes';
