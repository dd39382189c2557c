import { connect, createServer, type Server, type Socket } from 'node:net';

/** A loopback TCP proxy that counts every byte in each direction (HTTP headers included). */
export interface ByteCountingProxy {
  readonly url: string;
  /** Bytes client → server and server → client since the last reset. */
  counts(): { readonly up: number; readonly down: number };
  reset(): void;
  close(): Promise<void>;
}

/** Starts a proxy on a free loopback port forwarding to 127.0.0.1:`targetPort`. */
export async function startByteCountingProxy(targetPort: number): Promise<ByteCountingProxy> {
  let up = 0;
  let down = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.once('close', () => sockets.delete(socket));
    }
    client.on('data', (data: Buffer) => {
      up += data.length;
    });
    upstream.on('data', (data: Buffer) => {
      down += data.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    counts: () => ({ up, down }),
    reset: () => {
      up = 0;
      down = 0;
    },
    // Keep-alive connections would hold close() open: end them.
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      for (const socket of sockets) socket.destroy();
    }),
  };
}
