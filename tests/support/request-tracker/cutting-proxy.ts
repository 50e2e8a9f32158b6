import { connect, createServer, type Socket } from 'node:net';

export interface CuttingProxy {
  url: string;
  /**
   * Arms the proxy: the next request whose first line matches is forwarded whole, and the
   * connection is cut as soon as the answer starts, so the server did the work but the client
   * never hears of it. Resolves when that has happened.
   */
  cutNext(requestLine: RegExp): Promise<string>;
  close(): Promise<void>;
}

/** A TCP proxy in front of an HTTP server that can lose one answer on purpose. */
export async function startCuttingProxy(target: string): Promise<CuttingProxy> {
  const upstreamUrl = new URL(target);
  let armed: { pattern: RegExp; done: (line: string) => void } | null = null;
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    sockets.add(client);
    const upstream = connect(Number(upstreamUrl.port), upstreamUrl.hostname);
    sockets.add(upstream);
    let requestLine: string | null = null;
    let cutting: ((line: string) => void) | null = null;
    client.on('data', (chunk: Buffer) => {
      if (requestLine === null) {
        requestLine = chunk.toString('latin1').split('\r\n', 1)[0] ?? '';
        if (armed && armed.pattern.test(requestLine)) {
          cutting = armed.done;
          armed = null;
        }
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (cutting) {
        const done = cutting;
        cutting = null;
        client.destroy();
        upstream.destroy();
        done(requestLine ?? '');
        return;
      }
      client.write(chunk);
    });
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('end', () => upstream.end());
    upstream.on('end', () => client.end());
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    cutNext: (pattern) => new Promise<string>((resolve) => (armed = { pattern, done: resolve })),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
