/**
 * Worker threads for the build's CPU work that needs no Astro runtime (rendering Markdown texts,
 * formatting citations): a build otherwise runs on one core, and the machines that build an
 * archive have more. A pool runs one of the site's TypeScript modules, below `src/`, in each of
 * its threads; the module exports `handle(task)`, and the pool hands each task to the next idle
 * thread. A thread's error, or a task's, rejects that task with the module's own message.
 *
 * A module whose work may wait exports `background = true` (the search index's threads): its
 * thread runs at a lower priority (`backgroundNice`), so that on a machine with few cores
 * the threads the pages wait for (citations, and the build's own) get the cores first, and it
 * takes what they leave. Where a thread's priority cannot be set (no /proc/thread-self, as on
 * macOS), it runs at the build's.
 *
 * The pages of a build run from Astro's bundle, not from `src/`: the `cabj-workers` integration
 * tells them where `src/` is (CABJ_SRC_DIR). Code run from `src/` itself (the content loaders,
 * unit tests) finds it from this file.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";

const srcVariable = "CABJ_SRC_DIR";

/** The niceness of a background thread: a nice-0 thread gets about 28 times its share of a core. */
export const backgroundNice = 15;

/** The site's `src/` folder, as a URL ending in "/". */
function srcDir(): URL {
  const set = process.env[srcVariable];
  if (set !== undefined) return pathToFileURL(set.endsWith("/") ? set : `${set}/`);
  const here = new URL("../../", import.meta.url);
  if (!here.pathname.endsWith("/src/"))
    throw new Error(
      `worker pool: expected ${srcVariable} (set by the cabj-workers integration) when run from a bundle (${import.meta.url})`,
    );
  return here;
}

/** Sets CABJ_SRC_DIR for the pages of a build, which run in the process that sets it. */
export const setSrcDir = (dir: string) => {
  process.env[srcVariable] = dir;
};

/** How many threads a pool starts: one per core beyond the one the build runs on, at least one. */
export const poolSize = () => Math.max(1, availableParallelism() - 1);

export interface Pool<T, R> {
  run(task: T): Promise<R>;
  /** Ends the threads (tasks still waiting are rejected). */
  close(): Promise<void>;
}

interface Pending<T, R> {
  task: T;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

type Reply<R> = { result: R } | { error: { message: string; stack?: string } };

/**
 * A pool of `size` threads, each running `module` (a path below `src/`, e.g.
 * "lib/content/render-worker.ts"). `init` reaches the module's optional `init(data)` before its
 * first task. Idle threads do not keep the process alive.
 */
export function workerPool<T, R>(module: string, init?: unknown, size = poolSize()): Pool<T, R> {
  const src = srcDir();
  const moduleUrl = new URL(module, src).href;
  const resolver = new URL("tools/resolve-ts.ts", src).href;
  const bootstrap = `
import { register } from "node:module";
import { parentPort, workerData } from "node:worker_threads";
register(${JSON.stringify(resolver)});
const worker = await import(${JSON.stringify(moduleUrl)});
if (worker.background === true) {
  const { readlinkSync } = await import("node:fs");
  const { setPriority } = await import("node:os");
  let thread;
  try {
    thread = Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {}
  if (thread !== undefined) setPriority(thread, ${backgroundNice});
}
await worker.init?.(workerData);
parentPort.on("message", async (task) => {
  try {
    parentPort.postMessage({ result: await worker.handle(task) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) } });
  }
});
parentPort.postMessage({ ready: true });
`;
  const queue: Pending<T, R>[] = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, Pending<T, R>>();
  let failed: Error | undefined;

  const next = () => {
    while (idle.length > 0 && queue.length > 0) {
      const worker = idle.pop()!;
      const pending = queue.shift()!;
      busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.task);
    }
  };
  const fail = (error: Error) => {
    failed ??= error;
    for (const pending of [...queue.splice(0), ...busy.values()]) pending.reject(error);
    busy.clear();
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), { workerData: init });
    worker.on("message", (reply: Reply<R> | { ready: true }) => {
      if ("ready" in reply) {
        worker.unref();
        idle.push(worker);
        return next();
      }
      const pending = busy.get(worker);
      busy.delete(worker);
      worker.unref();
      idle.push(worker);
      if (pending !== undefined) {
        if ("error" in reply) {
          const error = new Error(reply.error.message);
          if (reply.error.stack !== undefined) error.stack = reply.error.stack;
          pending.reject(error);
        } else pending.resolve(reply.result);
      }
      next();
    });
    worker.on("error", (error) => fail(new Error(`worker ${module}: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`worker ${module} exited with code ${code}`));
    });
    return worker;
  });

  return {
    run: (task) =>
      failed !== undefined
        ? Promise.reject(failed)
        : new Promise<R>((resolve, reject) => {
            queue.push({ task, resolve, reject });
            next();
          }),
    close: async () => {
      fail(new Error(`worker ${module}: the pool was closed`));
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
