/** Runs the API on a Node HTTP server over a database opened read-only. */
import { createAdaptorServer } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { openReadOnly } from "../store/db.ts";
import { createApp, type AppOptions } from "./app.ts";

export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_PORT = 8787;

export interface ServeOptions extends AppOptions {
  db: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  /** http://host:port, with the port actually bound. */
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const db = openReadOnly(options.db);
  const app = createApp(db, options);
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? DEFAULT_PORT, options.host ?? DEFAULT_HOST, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (err) {
    db.close();
    throw err;
  }
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(":") ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => {
          db.close();
          if (err) reject(err);
          else resolve();
        });
        // Idle keep-alive connections would hold close() open.
        server.closeIdleConnections();
      }),
  };
}
