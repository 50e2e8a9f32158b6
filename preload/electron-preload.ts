import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge-core';
import { IPC_PREFIX } from './contract';

// Runs sandboxed with context isolation: only this frozen object reaches the page, never ipcRenderer.
const bridge = createBridge(
  {
    invoke: (channel, input) => ipcRenderer.invoke(IPC_PREFIX + channel, input),
    listen: (deliver) => {
      ipcRenderer.on(`${IPC_PREFIX}event`, (_event, message: { name: string; payload: unknown }) => deliver(message.name, message.payload));
    },
  },
  'electron',
);

contextBridge.exposeInMainWorld('agentdesk', bridge);
