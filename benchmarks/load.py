"""Load on `newsfuse serve`: N requests at C concurrent connections on 127.0.0.1, reads mixed with uploads.

Starts the server in a subprocess over a temp store holding the seed articles (fake embedder unless
--embedder minilm), fires the requests, waits for every upload's job, then checks that every uploaded
article is in the store. Prints throughput, p50/p99 latency, status counts and lost articles; asserts
nothing about time. The integration test tests/integration/test_load.py runs the same with fewer requests.

    .venv/bin/python benchmarks/load.py --requests 2000 --concurrency 32
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "seeds"
HOST = "127.0.0.1"  # load goes to this machine only
UPLOAD_SHARE = 0.15  # share of requests that add an article; the rest read pages and JSON
REQUEST_TIMEOUT_S = 60  # one request; a slow answer under load is a figure, not a failure
JOBS_TIMEOUT_S = 600  # how long the uploads' analysis may take after the last request
START_TIMEOUT_S = 120  # server start, the store's migration included
PLACES = ["Norland", "Easton", "Riverton", "Port Vale", "Highmoor"]
EVENTS = [
    ("A ferry sank off {place} on {day}", "{n} passengers were rescued, the coast guard said."),
    ("A fire destroyed a warehouse in {place} on {day}", "{n} firefighters fought the blaze, officials said."),
    ("Floods cut off roads around {place} on {day}", "{n} homes were evacuated, the mayor said."),
]
DAYS = ["Monday", "Tuesday", "Wednesday"]


@dataclass
class Result:
    """What one load run measured."""

    requests: int
    concurrency: int
    wall_s: float
    latencies_s: list[float]
    statuses: Counter[int]
    uploaded: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)
    failed_jobs: list[str] = field(default_factory=list)
    jobs_wait_s: float = 0.0
    errors: Counter[str] = field(default_factory=Counter)

    @property
    def server_errors(self) -> int:
        """Responses with a 5xx status."""
        return sum(n for s, n in self.statuses.items() if s >= 500)

    def percentile(self, p: float) -> float:
        """Latency at percentile p (0-100), seconds."""
        if not self.latencies_s:
            return float("nan")
        ordered = sorted(self.latencies_s)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]

    def lines(self) -> list[str]:
        """The figures, one per line."""
        return [
            f"requests      {self.requests} at {self.concurrency} concurrent connections to {HOST}",
            f"throughput    {self.requests / self.wall_s:.1f} requests/s ({self.wall_s:.2f} s)",
            f"latency       p50 {self.percentile(50) * 1000:.1f} ms, p99 {self.percentile(99) * 1000:.1f} ms, "
            f"mean {statistics.fmean(self.latencies_s) * 1000:.1f} ms",
            f"statuses      {dict(sorted(self.statuses.items()))}; 5xx: {self.server_errors}; "
            f"client errors: {dict(self.errors)}",
            f"uploads       {len(self.uploaded)} articles; analysed {self.jobs_wait_s:.1f} s after the last request; "
            f"failed jobs {len(self.failed_jobs)}; lost articles {len(self.lost)}",
        ]


def article(i: int, rng: random.Random, tag: str) -> dict[str, str]:
    """A small generated article about one of a few made-up events."""
    head, tail = rng.choice(EVENTS)
    place, day, n = rng.choice(PLACES), rng.choice(DAYS), rng.randint(2, 90)
    text = f"{head.format(place=place, day=day)}.\n{tail.format(n=n)}\nThe cause is not yet known."
    return {"id": f"{tag}-{i}", "title": head.format(place=place, day=day), "outlet": f"Outlet {i % 7}",
            "published": "2024-05-0" + str(1 + i % 3), "text": text}


async def fire(
    base_url: str, requests: int, concurrency: int, seed: int = 1, time_limit_s: float = 600,
    upload_share: float = UPLOAD_SHARE,
) -> Result:
    """Send `requests` requests with `concurrency` workers; then wait for the uploads and look for each."""
    rng = random.Random(seed)
    tag = f"load{seed}-{int(time.time())}"
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, limits=limits, timeout=REQUEST_TIMEOUT_S,
                                 trust_env=False) as client:
        first = await client.get("/api/stories")
        if first.status_code != 200:
            raise RuntimeError(f"GET /api/stories answered {first.status_code}: {first.text[:500]}")
        story_ids = [s["id"] for s in first.json()]
        article_ids = [a["id"] for a in (await client.get("/api/articles")).json()]
        plan = [("upload" if rng.random() < upload_share else rng.choice(["list", "story", "article", "page"]), i)
                for i in range(requests)]
        result = Result(requests, concurrency, 0.0, [], Counter())
        jobs: list[str] = []
        queue: asyncio.Queue[tuple[str, int]] = asyncio.Queue()
        for item in plan:
            queue.put_nowait(item)
        deadline = time.monotonic() + time_limit_s

        async def one(kind: str, i: int) -> None:
            started = time.perf_counter()
            try:
                if kind == "upload":
                    body = article(i, rng, tag)
                    r = await client.post("/api/articles", json=body)
                    if r.status_code == 202:
                        jobs.append(r.json()["job"])
                        result.uploaded.append(body["id"])
                elif kind == "list":
                    r = await client.get("/api/stories")
                elif kind == "story":
                    r = await client.get(f"/api/stories/{rng.choice(story_ids)}")
                elif kind == "article":
                    r = await client.get(f"/api/articles/{rng.choice(article_ids)}")
                else:
                    r = await client.get(f"/stories/{rng.choice(story_ids)}")
                result.statuses[r.status_code] += 1
            except httpx.HTTPError as ex:
                result.errors[f"{kind}: {type(ex).__name__} {ex}"[:120]] += 1
            result.latencies_s.append(time.perf_counter() - started)

        async def worker() -> None:
            while not queue.empty() and time.monotonic() < deadline:
                kind, i = queue.get_nowait()
                await one(kind, i)

        t0 = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        result.wall_s = time.perf_counter() - t0

        t1 = time.perf_counter()
        pending = set(jobs)
        while pending and time.perf_counter() - t1 < JOBS_TIMEOUT_S:
            for job in list(pending):
                state = (await client.get(f"/api/jobs/{job}")).json()
                if state["state"] in ("done", "failed"):
                    pending.discard(job)
                    if state["state"] == "failed":
                        result.failed_jobs.append(f"{job}: {state['error']}")
            if pending:
                await asyncio.sleep(0.5)
        result.jobs_wait_s = time.perf_counter() - t1
        result.failed_jobs += [f"{job}: not finished after {JOBS_TIMEOUT_S} s" for job in pending]
        stored = {a["id"] for a in (await client.get("/api/articles")).json()}
        result.lost = [a for a in result.uploaded if a not in stored]
    return result


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


@contextmanager
def server(embedder: str = "fake") -> Iterator[str]:
    """`newsfuse serve` in a subprocess over a fresh store holding the seed articles; yields its URL."""
    from newsfuse.pipeline import run
    from newsfuse.settings import Settings

    with tempfile.TemporaryDirectory(prefix="newsfuse-load-") as tmp:
        db = str(Path(tmp) / "store.db")
        run([str(p) for p in sorted(SEEDS.glob("*.txt"))], Settings(db=db, embedder=embedder))
        port = _free_port()
        code = "import sys; from newsfuse.cli import main; sys.exit(main())"
        cmd = [sys.executable, "-c", code, "serve", "--db", db, "--host", HOST, "--port", str(port),
               "--embedder", embedder]
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
        try:
            _wait_listening(port, proc)
            yield f"http://{HOST}:{port}"
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_listening(port: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            raise RuntimeError(f"the server exited ({proc.returncode}): {err[-2000:]}")
        with socket.socket() as s:
            if s.connect_ex((HOST, port)) == 0:
                return
        time.sleep(0.1)
    raise RuntimeError(f"the server did not listen on {HOST}:{port} within {START_TIMEOUT_S} s")


def main() -> int:
    """Run the load and print the figures; exit 1 on a 5xx or a lost article."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=32)
    ap.add_argument("--embedder", choices=["fake", "minilm"], default="fake")
    ap.add_argument("--upload-share", type=float, default=UPLOAD_SHARE, help="share of requests that add an article")
    ap.add_argument("--time-limit", type=float, default=600, help="stop sending after this many seconds")
    args = ap.parse_args()
    with server(args.embedder) as url:
        result = asyncio.run(fire(url, args.requests, args.concurrency, time_limit_s=args.time_limit,
                                  upload_share=args.upload_share))
    print("\n".join(result.lines()))
    for line in result.failed_jobs[:5]:
        print("failed job:", line)
    return 1 if result.server_errors or result.lost or result.failed_jobs else 0


if __name__ == "__main__":
    sys.exit(main())
