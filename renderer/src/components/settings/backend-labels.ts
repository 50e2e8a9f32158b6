import type { BackendChoice, BackendProblemKind, BackendSettingsView } from '../../../../preload/contract/crisis-types';
import type { MessageId } from '../../i18n';

// The backend settings' values by literal message id (ids are never built from a template).

/** The helpdesks the desk can talk to; "builtin" is the embedded backend in-process. */
export const BACKEND_KIND_LABEL = {
  builtin: 'backend.kind.builtin',
  embedded: 'backend.kind.embedded',
  'request-tracker': 'backend.kind.request-tracker',
  zendesk: 'backend.kind.zendesk',
} as const satisfies Record<'builtin' | BackendChoice['kind'], MessageId>;

/** Each failed check in one sentence; 'other-kind' and 'unknown' take more than the address and kind. */
export const BACKEND_PROBLEM_LABEL = {
  'invalid-address': 'backend.problem.invalid-address',
  unreachable: 'backend.problem.unreachable',
  timeout: 'backend.problem.timeout',
  credentials: 'backend.problem.credentials',
  'wrong-address': 'backend.problem.wrong-address',
  'wrong-kind': 'backend.problem.wrong-kind',
  permission: 'backend.problem.permission',
  'server-trouble': 'backend.problem.server-trouble',
  'missing-token': 'backend.problem.missing-token',
  'missing-email': 'backend.problem.missing-email',
  'rt-priorities': 'backend.problem.rt-priorities',
} as const satisfies Record<Exclude<BackendProblemKind, 'other-kind' | 'unknown'>, MessageId>;

export const BACKEND_SOURCE_LABEL = {
  default: 'backend.source.default',
  saved: 'backend.source.saved',
  'command-line': 'backend.source.command-line',
} as const satisfies Record<BackendSettingsView['source'], MessageId>;

export const TOKEN_STORAGE_LABEL = {
  keychain: 'backend.storage.keychain',
  'weak-keychain': 'backend.storage.weak-keychain',
  'session-only': 'backend.storage.session-only',
} as const satisfies Record<BackendSettingsView['tokenStorage'], MessageId>;
