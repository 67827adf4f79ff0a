"""A small closed-loop HTTP load generator (used when wrk is not installed).

Opens a new connection per request, like the gunicorn sync workers expect,
and reports requests per second and latency percentiles.
"""

import asyncio
import time


async def _one_request(host, port, request_bytes):
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(request_bytes)
    await writer.drain()
    status_line = await reader.readline()
    await reader.read()  # until the server closes the connection
    writer.close()
    return int(status_line.split()[1])


async def _worker(host, port, request_bytes, deadline, latencies, errors):
    while time.perf_counter() < deadline:
        started = time.perf_counter()
        try:
            status = await _one_request(host, port, request_bytes)
        except OSError:
            errors.append("connection")
            continue
        if status != 200:
            errors.append(status)
        latencies.append(time.perf_counter() - started)


async def _run(host, port, path, concurrency, seconds):
    request_bytes = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n"
        "User-Agent: vmca-bench\r\n\r\n"
    ).encode()
    latencies, errors = [], []
    started = time.perf_counter()
    deadline = started + seconds
    await asyncio.gather(
        *(
            _worker(host, port, request_bytes, deadline, latencies, errors)
            for _ in range(concurrency)
        )
    )
    elapsed = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "seconds": elapsed,
        "errors": len(errors),
        "latencies": latencies,
    }


def run_load(url, concurrency=16, seconds=10.0):
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    result = asyncio.run(_run(parts.hostname, parts.port or 80, path, concurrency, seconds))
    result["rps"] = result["requests"] / result["seconds"]
    return result
