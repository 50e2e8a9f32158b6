import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

// A small loopback HTTP server answering recorded responses, for contract tests of a node's API.

export interface RecordedAnswer {
  status?: number;
  body: string | object;
  contentType?: string;
  /** Never answer (a node that hangs). */
  hang?: boolean;
}

export type Route = (req: IncomingMessage, body: string) => RecordedAnswer | undefined;

export interface RecordedServer {
  url: string;
  requests: string[];
  setRoute(route: Route): void;
  close(): Promise<void>;
}

export async function startRecordedServer(initial: Route): Promise<RecordedServer> {
  let route = initial;
  const requests: string[] = [];
  const hanging = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      const answer = route(req, body) ?? { status: 404, body: 'no such route in the recording', contentType: 'text/plain' };
      if (answer.hang) {
        hanging.add(res);
        return;
      }
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status ?? 200, { 'content-type': answer.contentType ?? (typeof answer.body === 'string' ? 'text/plain' : 'application/json') });
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    setRoute: (next) => (route = next),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
