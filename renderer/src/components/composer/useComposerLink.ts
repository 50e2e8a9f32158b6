import { useEffect, useLayoutEffect, useRef } from 'react';
import { registerComposer } from '../../stores/composer-link';

/** Lends the mounted composer's send and insert to the keymap (send, send and next, favourite macros). */
export function useComposerLink(ticketId: string, send: () => Promise<boolean>, insert: (text: string) => void): void {
  const sendRef = useRef(send);
  useLayoutEffect(() => {
    sendRef.current = send;
  });
  const insertRef = useRef(insert);
  useLayoutEffect(() => {
    insertRef.current = insert;
  });
  useEffect(() => registerComposer({ ticketId, send: () => sendRef.current(), insert: (text) => insertRef.current(text) }), [ticketId]);
}
