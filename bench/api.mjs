#!/usr/bin/env node
// Load test of POST /api/lint: starts the built server (dist/node/server.js) on a free port in a
// child process and drives it with autocannon from this process, in two phases:
//
//   1. the target load: 200 requests/s (--rate) for a minute (--duration), with p50/p99 latency,
//      errors, and the server's memory sampled every 5 s (flat, or growing?). The requests are
//      paced evenly, one every 5 ms, as traffic from many users arrives: autocannon's own rate
//      limit sends each second's budget in one burst at the start of the second, which measures a
//      saturated server a third of the time rather than a server at 200 requests/s;
//   2. capacity: autocannon, as many requests as the server answers, for 10 s (--capacity-seconds,
//      0 skips).
//
//   node bench/api.mjs [--rate 200] [--duration 60] [--connections 10] [--capacity-seconds 10] [--workers N] [--json]
//
// --workers sets TACTFUL_SERVER_WORKERS (default: one server worker per core).
//
// Target (issue 5): 200 requests/s with p99 under 50 ms on 2 cores, no errors, flat memory.
import { spawn, execFileSync } from 'node:child_process';
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const ROOT = join(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    rate: { type: 'string', default: '200' },
    'capacity-seconds': { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    workers: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const rate = Number(args.rate);
const capacitySeconds = Number(args['capacity-seconds']);
const connections = Number(args.connections);

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** The server's processes: the primary and its workers (node:cluster). */
function serverPids(pid) {
  const pids = [pid];
  try {
    pids.push(...execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)]).toString().split(/\s+/).filter(Boolean).map(Number));
  } catch {
    // no workers (TACTFUL_SERVER_WORKERS=1)
  }
  return pids;
}

/** CPU time the server has used so far, in ms (Linux /proc; null elsewhere). */
function cpuMs(pid) {
  let ticks = 0;
  try {
    for (const p of serverPids(pid)) {
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1].split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    }
  } catch {
    return null;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Resident memory of the server (all its processes), in MB. */
function rssMb(pid) {
  const pids = serverPids(pid);
  let kb = 0;
  for (const p of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      kb += Number(execFileSync('ps', ['-o', 'rss=', '-p', String(p)]).toString().trim() || 0);
    }
  }
  return Math.round((kb / 1024) * 10) / 10;
}

async function waitForHealth(base, child) {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not answer /api/health within 60 s');
}

// Real-looking reminders of about 150 words in the three languages, linted with their invoice.
const BODIES = [
  {
    language: 'es-ES',
    stage: 'overdue',
    subject: 'Factura F-2026-311 vencida (1.234,56 €)',
    text: `Estimado/a Lucía Ruiz:

Le escribimos en relación con nuestro recordatorio anterior sobre la factura F-2026-311, por un importe de 1.234,56 €, que venció el 31 de octubre de 2026 y sigue pendiente de pago.

El pago acumula ya 23 días de retraso.

Puede consultar y descargar la factura en este enlace: https://facturas.suministroslevante.es/F-2026-311

Le rogamos que abone los 1.234,56 € pendientes en un plazo de siete días, por transferencia bancaria o con tarjeta, o que responda a este correo dentro de ese plazo para confirmarnos la fecha en que podemos esperar el pago.

Si ya ha realizado el pago, le damos las gracias y le rogamos que no tenga en cuenta este recordatorio.

Atentamente,

Marta Gil
Suministros Levante S.L.
Dirección: Calle de Colón 12, 46004 Valencia
Tel.: +34 963 000 123
Correo electrónico: cobros@suministroslevante.es
Web: https://suministroslevante.es
`,
    invoice: { number: 'F-2026-311', amount: 1234.56, currency: 'EUR', dueDate: '2026-10-31' },
    today: '2026-11-23',
  },
  {
    language: 'en-US',
    stage: 'due',
    subject: 'Invoice INV-2041: payment due October 31, 2026',
    text: `Hello Sam,

Just a quick reminder that invoice INV-2041 for $2,380.00 reached its due date on October 31, 2026, and we have not received the payment yet. We know how easily an invoice can slip through on a busy week.

You can view and download the invoice here: https://billing.northwindstudio.com/invoices/INV-2041

Please arrange payment by bank transfer or card at your earliest convenience, or reply to this email to let us know when we can expect it. Honestly, this is the third time we have to chase you, which is frankly unacceptable.

If you have already sent the payment, thank you, and please disregard this reminder.

Kind regards,

Ana Ortiz
Northwind Studio Inc.
Phone: +1 (415) 555-0134
Email: accounts@northwindstudio.com
`,
    invoice: { number: 'INV-2041', amount: 2380, currency: 'USD', dueDate: '2026-10-31' },
    today: '2026-11-02',
  },
  {
    language: 'vi-VN',
    stage: 'collection',
    subject: 'Đề nghị liên hệ về hóa đơn số 0004127 chưa được thanh toán',
    text: `Kính gửi Quý khách Nguyễn Văn Minh,

Mặc dù chúng tôi đã gửi các thư nhắc trước đây, hóa đơn số 0004127 với số tiền 12.500.000 ₫, hạn thanh toán ngày 31 tháng 10 năm 2026, đến nay vẫn chưa được thanh toán.

Khoản công nợ này hiện đã quá hạn 23 ngày.

Quý khách có thể xem và tải hóa đơn tại đường dẫn: https://hoadon.saoviet.vn/0004127

Đề nghị Quý khách thanh toán toàn bộ số tiền 12.500.000 ₫ trong vòng 10 ngày, hoặc gọi điện hay phản hồi email này trong thời gian đó để thống nhất một kế hoạch trả góp phù hợp.

Nếu Quý khách đã thanh toán, xin chân thành cảm ơn và vui lòng bỏ qua email này.

Trân trọng,

Trần Thị Lan
Công ty Cổ phần Sao Việt
Địa chỉ: 123 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh
Điện thoại: 028 3823 4567
Email: ketoan@saoviet.vn
`,
    invoice: { number: '0004127', amount: 12_500_000, currency: 'VND', dueDate: '2026-10-31' },
    today: '2026-11-23',
  },
];

/** Latency percentile (ms, 1 decimal) of sorted values. */
const percentile = (sorted, p) => (sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10 : NaN);

/**
 * An open-loop load at a steady rate: request i is sent at start + i/rate whatever the answers
 * before it (keep-alive connections, as many as are busy). Latency is measured from the moment
 * each request was due, so a server that falls behind shows it.
 */
async function paced(base, rate, seconds, bodies) {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const url = new URL('/api/lint', base);
  const latencies = [];
  let errors = 0;
  let non2xx = 0;
  const send = (body, due) =>
    new Promise((resolve) => {
      const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => {
          if (res.statusCode < 200 || res.statusCode >= 300) non2xx++;
          else latencies.push(performance.now() - due);
          resolve();
        });
      });
      req.setTimeout(10_000, () => req.destroy(new Error('timeout')));
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  const payloads = bodies.map((b) => JSON.stringify(b));
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inflight = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inflight.push(send(payloads[i % payloads.length], due));
  }
  await Promise.all(inflight);
  agent.destroy();
  const elapsed = (performance.now() - start) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: total,
    requestsPerSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    latencyMs: { p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99), max: percentile(sorted, 100) },
    errors,
    non2xx,
  };
}

async function main() {
  const server = join(ROOT, 'dist/node/server.js');
  if (!existsSync(server)) {
    console.error('bench: building the server (npm run build:node)');
    execFileSync('npm', ['run', 'build:node'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // Request logs go to /dev/null: the bench measures the server, not the terminal.
  const child = spawn(process.execPath, [server], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...(args.workers ? { TACTFUL_SERVER_WORKERS: args.workers } : {}) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.on('exit', stop);
  try {
    await waitForHealth(base, child);
    // A warm-up, spread over every worker, so the JIT and the engine's caches (phrase regexes,
    // locale data) are ready before the clock starts.
    for (let round = 0; round < 10; round++) {
      await Promise.all(
        BODIES.flatMap((b) => [b, b]).map(async (b) => {
          const res = await fetch(`${base}/api/lint`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
          if (!res.ok) throw new Error(`warm-up lint failed: ${res.status} ${await res.text()}`);
          await res.arrayBuffer();
        }),
      );
    }
    const requests = BODIES.map((b) => ({ method: 'POST', path: '/api/lint', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) }));
    // Then 10 s at the target rate, not measured: the heap grows to its working size under load
    // first, and "flat memory" is about what happens after that.
    await paced(base, rate, 10, BODIES);
    const rssStart = rssMb(child.pid);
    const cpuStart = cpuMs(child.pid);
    const samples = [rssStart];
    const sampler = setInterval(() => samples.push(rssMb(child.pid)), 5000);
    const result = await paced(base, rate, duration, BODIES);
    clearInterval(sampler);
    const rssEnd = rssMb(child.pid);
    const cpuEnd = cpuMs(child.pid);
    samples.push(rssEnd);
    const capacity = capacitySeconds > 0 ? await autocannon({ url: base, connections, duration: capacitySeconds, requests }) : null;
    // Flat memory: the last third of the run holds no more than 10% above the first third.
    const third = Math.max(1, Math.floor(samples.length / 3));
    const early = Math.max(...samples.slice(0, third));
    const late = Math.max(...samples.slice(-third));
    const summary = {
      cores: cpus().length,
      node: process.version,
      durationSeconds: duration,
      targetRate: rate,
      connections,
      requests: result.requests,
      requestsPerSecond: result.requestsPerSecond,
      latencyMs: result.latencyMs,
      errors: result.errors,
      non2xx: result.non2xx,
      serverRssMb: { start: rssStart, end: rssEnd, max: Math.max(...samples), samples },
      memoryFlat: late <= early * 1.1,
      // CPU the server spent per request: what the machine's load does not change much.
      serverCpuMsPerRequest: cpuStart !== null && cpuEnd !== null && result.requests ? Math.round(((cpuEnd - cpuStart) / result.requests) * 100) / 100 : null,
      capacity: capacity && {
        seconds: capacitySeconds,
        requestsPerSecond: Math.round(capacity.requests.average * 10) / 10,
        latencyMs: { p50: capacity.latency.p50, p99: capacity.latency.p99 },
        errors: capacity.errors + capacity.timeouts + capacity.non2xx,
      },
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    };
    const ok = summary.requestsPerSecond >= rate * 0.98 && summary.latencyMs.p99 < 50 && !summary.errors && !summary.non2xx && summary.memoryFlat;
    if (args.json) console.log(JSON.stringify({ ...summary, targetMet: ok }, null, 2));
    else {
      console.log(`POST /api/lint · ${summary.cores} cores · Node ${summary.node}`);
      console.log(`\nat ${rate} requests/s for ${duration} s (paced: one request every ${(1000 / rate).toFixed(1)} ms)`);
      console.log(`requests/s   ${summary.requestsPerSecond} (${summary.requests} requests)`);
      console.log(`latency      p50 ${summary.latencyMs.p50} ms · p90 ${summary.latencyMs.p90} ms · p99 ${summary.latencyMs.p99} ms · max ${summary.latencyMs.max} ms`);
      console.log(`errors       ${summary.errors} errors or timeouts · ${summary.non2xx} non-2xx`);
      console.log(`server RSS   every 5 s: ${samples.join(' → ')} MB (${summary.memoryFlat ? 'flat' : 'growing'})`);
      if (summary.serverCpuMsPerRequest !== null) console.log(`server CPU   ${summary.serverCpuMsPerRequest} ms per request`);
      if (summary.capacity) {
        console.log(`\ncapacity (autocannon, ${connections} connections, as fast as it answers, ${capacitySeconds} s)`);
        console.log(`requests/s   ${summary.capacity.requestsPerSecond} · p50 ${summary.capacity.latencyMs.p50} ms · p99 ${summary.capacity.latencyMs.p99} ms · ${summary.capacity.errors} errors`);
      }
      console.log(`\nload average ${summary.loadAverage.join(' ')} (other work on the machine slows every figure above)`);
      console.log(`target       ${rate} req/s, p99 < 50 ms, no errors, flat memory: ${ok ? 'met' : 'NOT met'}`);
    }
  } finally {
    stop();
  }
}

main().catch((error) => {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
});
