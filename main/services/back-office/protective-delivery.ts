import { ConnectorError, type BackendConnector, type DeliveryReceipt, type OutboundMutation } from '../connectors/backend-connector';
import { isBackOfficePayload, type BackOfficePayload } from '../domain/outbox-payload';
import { BackOfficeError, type BackOfficeConnector } from './back-office-connector';

/**
 * The outbox's protective entries (a protective action, a request to undo, an approval) go to the
 * back office, everything else to the helpdesk: one outbox, one drain, the same idempotency keys
 * and retries. A back office that is down or slow is retried like a helpdesk that is; a refusal
 * (403: not security, the requester approving; 409: nothing to lift, approved already) fails the
 * entry with the back office's reason.
 */
export function protectiveDelivery(connector: BackendConnector, backOffice: () => BackOfficeConnector | null): BackendConnector {
  const deliverOne = async (mutation: OutboundMutation & { payload: BackOfficePayload }): Promise<DeliveryReceipt> => {
    const office = backOffice();
    try {
      await sendToBackOffice(office, mutation);
    } catch (error) {
      throw asConnectorError(error);
    }
    // The ticket itself did not change: later entries of it build on the version they had.
    return { version: mutation.baseVersion };
  };
  const deliver = (mutation: OutboundMutation): Promise<DeliveryReceipt> => (isBackOfficePayload(mutation.payload) ? deliverOne(mutation as OutboundMutation & { payload: BackOfficePayload }) : connector.deliver(mutation));
  const deliverBatch = connector.deliverBatch
    ? async (mutations: readonly OutboundMutation[]): Promise<Array<DeliveryReceipt | ConnectorError>> => {
        const helpdesk = mutations.filter((m) => !isBackOfficePayload(m.payload));
        const office = mutations.filter((m) => isBackOfficePayload(m.payload));
        const helpdeskSent: Promise<Array<DeliveryReceipt | ConnectorError>> =
          helpdesk.length > 1 ? connector.deliverBatch!(helpdesk) : helpdesk.length === 1 ? connector.deliver(helpdesk[0]!).then((r) => [r], (e: unknown) => [asConnectorError(e)]) : Promise.resolve([]);
        const officeSent: Promise<Array<DeliveryReceipt | ConnectorError>> = Promise.all(office.map((m) => deliver(m).catch((e: unknown) => asConnectorError(e))));
        const [helpdeskAnswers, officeAnswers] = await Promise.all([helpdeskSent, officeSent]);
        // Each answer back in the order of the batch.
        return mutations.map((m) => (isBackOfficePayload(m.payload) ? officeAnswers[office.indexOf(m)]! : helpdeskAnswers[helpdesk.indexOf(m)]!));
      }
    : undefined;
  return new Proxy(connector, {
    get(target, prop) {
      if (prop === 'deliver') return deliver;
      if (prop === 'deliverBatch') return deliverBatch;
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

async function sendToBackOffice(office: BackOfficeConnector | null, mutation: OutboundMutation & { payload: BackOfficePayload }): Promise<void> {
  const { payload, key, ticketId } = mutation;
  switch (payload.kind) {
    case 'protect':
      if (!office?.applyProtection) throw noWrites();
      await office.applyProtection(key, { account: payload.account, ticketId, agentId: payload.authorId, action: payload.action, reason: payload.reason });
      return;
    case 'request_undo':
      if (!office?.requestUndo) throw noWrites();
      await office.requestUndo(key, { account: payload.account, ticketId, agentId: payload.authorId, undo: payload.undo, reason: payload.reason, evidence: payload.evidence });
      return;
    case 'approve_undo':
      if (!office?.approveUndo) throw noWrites();
      await office.approveUndo(key, { requestId: payload.requestId, agentId: payload.authorId });
      return;
  }
}

const noWrites = () => new ConnectorError('permanent', 'no back office with protective actions is configured for this desk');

/** Down, slow or rate-limited: try again with backoff; a refusal or a malformed answer: fail with the reason. */
function asConnectorError(error: unknown): ConnectorError {
  if (error instanceof ConnectorError) return error;
  if (!(error instanceof BackOfficeError)) return new ConnectorError('temporary', error instanceof Error ? error.message : String(error));
  const status = error.status !== undefined ? { status: error.status } : {};
  if (error.kind === 'down' || error.kind === 'timeout') return new ConnectorError('temporary', error.message, status);
  return new ConnectorError('permanent', error.message, status);
}
