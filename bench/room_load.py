"""The room under load, on loopback only: 100 devices join, send 20 inputs, 30 votes and one placement each.

Figures (each beside the same aiohttp answering with no database work, measured in the same run):
- time to a durable 2xx, p50 and p99 (the serving process is `plworkshop serve`, a process of its own);
- acknowledged records missing afterwards, also after a `kill -9` of the serving process at a random
  moment, round after round;
- a move to the next question reaching 100 connected devices (p95 over several moves).

    python bench/room_load.py [--quick] [--rounds N]

Devices pause a random 0–2 s between requests: about 100 requests a second from the room, several times
what a hundred people typing, voting and placing produce. Every loop is bounded and every server stops by
itself at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from bench.common import Row, child_env, percentile, python  # noqa: E402

DEVICES, INPUTS, VOTES = 100, 20, 30
PAUSE = 2.0
TARGET_P99_MS, TARGET_FANOUT_MS = 100.0, 250.0


# --- the workshop ---------------------------------------------------------------------------------
def make_workshop(folder: Path) -> tuple[str, str]:
    """A workshop with an agenda, voting open and a budget of 30 per device; (database url, workshop id)."""
    from plworkshop.framework.loader import load_default_pack
    from plworkshop.services import agenda, workshops
    from plworkshop.services.room import sessions
    from plworkshop.storage.opening import open_database

    folder.mkdir(parents=True, exist_ok=True)
    url = f"sqlite:///{folder / 'room-bench.db'}"
    db = open_database(url)
    try:
        w = workshops.create_workshop(db.uow(), title="Room load")
        agenda.set_agenda(db.uow(), w.id, [(c.key, 30) for c in load_default_pack().conditions[:3]])
        workshops.set_votes_per_person(db.uow(), w.id, VOTES)
        opened = sessions.open_session(db.uow(), w.id, host="127.0.0.1", port=0)
        sessions.set_controls(db.uow(), opened.id, voting_open=True)
    finally:
        db.dispose()
    return url, w.id


# --- the load -------------------------------------------------------------------------------------
@dataclass
class Acked:
    """What the server acknowledged with a 2xx (and therefore promised is on disk)."""

    tokens: list[str] = field(default_factory=list)
    responses: set[str] = field(default_factory=set)
    votes: dict[str, int] = field(default_factory=dict)  # token -> net votes acknowledged
    placements: set[str] = field(default_factory=set)  # tokens
    latencies: list[float] = field(default_factory=list)  # seconds, writes only
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    refused: dict[int, int] = field(default_factory=dict)
    failed: int = 0


async def _device(
    http: aiohttp.ClientSession,
    base: str,
    condition: str,
    acked: Acked,
    rng: random.Random,
    stop_at: float,
    pause: float,
) -> None:
    async def call(method, path, body, token=None):
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        started = time.perf_counter()
        async with http.request(method, base + path, json=body, headers=headers) as answer:
            data = await answer.json(content_type=None)
            took = time.perf_counter() - started
        if answer.status >= 300:
            acked.refused[answer.status] = acked.refused.get(answer.status, 0) + 1
            return None
        acked.latencies.append(took)
        acked.by_kind.setdefault(f"{method} {path.split('/')[1]}", []).append(took)
        return data

    try:
        await asyncio.sleep(rng.random() * 2.0)  # people join over a couple of seconds
        joined = await call("POST", "/join", {"participant": None, "stakeholder_group": None})
        if joined is None:
            return
        token = joined["device"]
        acked.tokens.append(token)
        mine: list[str] = []
        for _ in range(INPUTS):
            if time.monotonic() > stop_at:
                return
            await asyncio.sleep(rng.random() * pause)
            rid = str(uuid.uuid4())
            if await call("POST", "/responses", {"id": rid, "text": f"idea {rid[:8]}"}, token) is not None:
                acked.responses.add(rid)
                mine.append(rid)
        for _ in range(VOTES):
            if time.monotonic() > stop_at or not mine:
                return
            await asyncio.sleep(rng.random() * pause)
            if await call("POST", "/votes", {"response": rng.choice(mine), "delta": 1}, token) is not None:
                acked.votes[token] = acked.votes.get(token, 0) + 1
        await asyncio.sleep(rng.random() * pause)
        if (
            await call("PUT", f"/placements/{condition}", {"stage": rng.randint(0, 3), "note": ""}, token)
            is not None
        ):
            acked.placements.add(token)
    except (TimeoutError, aiohttp.ClientError, ConnectionError):
        acked.failed += 1  # the server went away (the kill rounds): nothing more from this device


async def load(
    base: str, condition: str, *, devices: int, seed: int, limit_s: float, pause: float = PAUSE
) -> Acked:
    acked = Acked()
    rng = random.Random(seed)
    stop_at = time.monotonic() + limit_s
    connector = aiohttp.TCPConnector(limit=devices * 2)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
        await asyncio.gather(
            *(
                _device(http, base, condition, acked, random.Random(rng.random()), stop_at, pause)
                for _ in range(devices)
            )
        )
    return acked


# --- the serving processes ------------------------------------------------------------------------
def start_room(url: str, workshop_id: str, folder: Path) -> tuple[subprocess.Popen, str]:
    """`plworkshop serve` in its own process on 127.0.0.1; (process, API base)."""
    code = "from plworkshop.cli.main import main; raise SystemExit(main())"
    proc = subprocess.Popen(
        [
            python(),
            "-c",
            code,
            "--data-dir",
            str(folder / "data"),
            "--database-url",
            url,
            "serve",
            workshop_id,
            "--host",
            "127.0.0.1",
            "--port",
            "0",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(),
    )
    line = proc.stdout.readline().strip()  # http://127.0.0.1:PORT/j/CODE
    if not line.startswith("http://127.0.0.1:"):
        proc.kill()
        raise RuntimeError(f"plworkshop serve did not start: {line!r}")
    host_port, code_ = line[len("http://") :].split("/j/")
    return proc, f"http://{host_port}/api/{code_}"


def start_bare(folder: Path) -> tuple[subprocess.Popen, str]:
    port_file = folder / f"bare-port-{time.monotonic_ns()}"
    proc = subprocess.Popen(
        [python(), str(ROOT / "bench" / "room_bare.py"), str(port_file)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=child_env(),
    )
    for _ in range(200):
        if port_file.exists() and port_file.read_text():
            return proc, f"http://127.0.0.1:{port_file.read_text()}/api/bare"
        time.sleep(0.05)
    proc.kill()
    raise RuntimeError("the bare baseline server did not start")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)


# --- checking what was promised -----------------------------------------------------------------
def missing(url: str, acked: Acked) -> int:
    """Acknowledged records not in the database (devices, inputs, votes, placements)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            responses = {r for (r,) in conn.execute(text("SELECT response_id FROM room_responses"))}
            hashes = {h: d for d, h in conn.execute(text("SELECT id, token_hash FROM room_devices"))}
            votes = dict(
                conn.execute(text("SELECT device_id, SUM(votes) FROM room_votes GROUP BY device_id")).all()
            )
            placed = {d for (d,) in conn.execute(text("SELECT device_id FROM room_placements"))}
    finally:
        engine.dispose()
    lost = len(acked.responses - responses)
    for token in acked.tokens:
        device = hashes.get(hashlib.sha256(token.encode()).hexdigest())
        if device is None:
            lost += 1 + acked.votes.get(token, 0) + (token in acked.placements)
            continue
        lost += max(0, acked.votes.get(token, 0) - votes.get(device, 0))
        lost += token in acked.placements and device not in placed
    return lost


# --- fan-out ----------------------------------------------------------------------------------------
async def _listen(
    http,
    url: str,
    headers: dict,
    want: str,
    received: dict,
    key: int,
    ready: asyncio.Event,
    count: list,
    total: int,
) -> None:
    async with http.get(url, headers=headers) as answer:
        count[0] += 1
        if count[0] == total:
            ready.set()
        async for line in answer.content:
            if line.startswith(b"data: ") and want.encode() in line:
                received[key] = time.perf_counter()
                return


def fanout(move, base: str, tokens: list[str], questions: list[str]) -> list[float]:
    """ms from calling `move(question)` until every listener has it, one value per device per move."""
    values: list[float] = []

    async def one(question: str) -> None:
        received: dict[int, float] = {}
        ready = asyncio.Event()
        count = [0]
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as http:
            tasks = [
                asyncio.create_task(
                    _listen(
                        http,
                        f"{base}/events",
                        {"Authorization": f"Bearer {t}"},
                        question,
                        received,
                        i,
                        ready,
                        count,
                        len(tokens),
                    )
                )
                for i, t in enumerate(tokens)
            ]
            await asyncio.wait_for(ready.wait(), 30)
            await asyncio.sleep(0.3)
            started = time.perf_counter()
            await asyncio.get_running_loop().run_in_executor(None, move, question)
            await asyncio.wait_for(asyncio.gather(*tasks), 30)
        values.extend((received[i] - started) * 1000 for i in range(len(tokens)))

    for question in questions:
        asyncio.run(one(question))
    return values


def fanout_pair(folder: Path, devices: int, moves: int) -> tuple[list[float], list[float]]:
    """The room (in this process, moved as the facilitator moves it) and the bare baseline."""
    from plworkshop.room.server import RoomServer

    url, workshop_id = make_workshop(folder / "fanout")
    server = RoomServer(url, workshop_id, host="127.0.0.1", port=0).start()
    bare = None
    try:
        base = f"http://127.0.0.1:{server.port}/api/{server.code}"

        async def join_all() -> list[str]:
            async with aiohttp.ClientSession() as http:
                tokens = []
                for _ in range(devices):
                    async with http.post(f"{base}/join", json={}) as answer:
                        tokens.append((await answer.json())["device"])
                return tokens

        tokens = asyncio.run(join_all())
        condition = server.session.position.condition
        questions = [f"{condition}.s{1 + i % 3}.q1" for i in range(1, moves + 1)]
        room_ms = fanout(
            lambda q: server.move_to(condition, int(q.split(".s")[1][0]), q), base, tokens, questions
        )
        bare = BareRoom().start()
        bare_ms = fanout(bare.move_to, f"http://127.0.0.1:{bare.port}/api/bare", tokens, questions)
    finally:
        server.stop()
        if bare is not None:
            bare.stop()
    return room_ms, bare_ms


from bench.room_bare import BareRoom  # noqa: E402


# --- the whole figure ---------------------------------------------------------------------------
def rows(work: Path, *, quick: bool = False, rounds: int = 20) -> list[Row]:
    devices = 10 if quick else DEVICES
    rounds = 2 if quick else rounds
    limit = 90.0
    pause = 0.2 if quick else PAUSE
    say = lambda text: print(text, file=sys.stderr, flush=True)  # noqa: E731

    url, workshop_id = make_workshop(work / "load")
    proc, base = start_room(url, workshop_id, work / "load")
    condition = _condition(url, workshop_id)
    try:
        acked = asyncio.run(load(base, condition, devices=devices, seed=1, limit_s=limit, pause=pause))
    finally:
        stop(proc)
    lost = missing(url, acked)
    bare_proc, bare_base = start_bare(work)
    try:
        bare = asyncio.run(load(bare_base, condition, devices=devices, seed=1, limit_s=limit, pause=pause))
    finally:
        stop(bare_proc)
    say(f"room load: {len(acked.latencies)} durable answers, refused {acked.refused}, lost {lost}")
    for kind, values in sorted(acked.by_kind.items()):
        say(
            f"  {kind}: p50 {percentile(values, 50) * 1000:.1f} ms, "
            f"p99 {percentile(values, 99) * 1000:.1f} ms"
        )

    kill_lost = 0
    acknowledged_in_rounds = 0
    rng = random.Random(7)
    for n in range(rounds):
        url_k, wid_k = make_workshop(work / f"kill-{n}")
        proc, base_k = start_room(url_k, wid_k, work / f"kill-{n}")
        when = rng.uniform(0.5, 4.0)
        threading.Timer(when, lambda p=proc: p.send_signal(signal.SIGKILL)).start()
        acked_k = asyncio.run(
            load(base_k, _condition(url_k, wid_k), devices=devices, seed=n, limit_s=limit, pause=pause)
        )
        proc.wait(30)
        kill_lost += missing(url_k, acked_k)
        acknowledged_in_rounds += len(acked_k.latencies)
    say(f"kill -9 rounds: {rounds}, {acknowledged_in_rounds} acknowledged writes, {kill_lost} missing")

    room_fan, bare_fan = fanout_pair(work, devices, 3 if quick else 10)
    p50, p99 = percentile(acked.latencies, 50) * 1000, percentile(acked.latencies, 99) * 1000
    b50, b99 = percentile(bare.latencies, 50) * 1000, percentile(bare.latencies, 99) * 1000
    f95, bf95 = percentile(room_fan, 95), percentile(bare_fan, 95)
    note = f"{devices} devices, {len(acked.latencies)} writes"
    return [
        Row("room: durable answer p50", p50, "ms", "—", None, b50, note),
        Row(
            "room: durable answer p99",
            p99,
            "ms",
            f"≤ {TARGET_P99_MS:.0f} ms",
            p99 <= TARGET_P99_MS,
            b99,
            note,
        ),
        Row(
            "room: acknowledged records missing",
            float(lost),
            "records",
            "0",
            lost == 0,
            None,
            f"{len(acked.latencies)} acknowledged",
        ),
        Row(
            "room: missing after kill -9",
            float(kill_lost),
            "records",
            "0",
            kill_lost == 0,
            None,
            f"{rounds} rounds, {acknowledged_in_rounds} acknowledged",
        ),
        Row(
            "room: next question reaches every device, p95",
            f95,
            "ms",
            f"≤ {TARGET_FANOUT_MS:.0f} ms",
            f95 <= TARGET_FANOUT_MS,
            bf95,
            f"{devices} connected",
        ),
    ]


def _condition(url: str, workshop_id: str) -> str:
    from plworkshop.services.room import sessions
    from plworkshop.storage.opening import open_database

    db = open_database(url)
    try:
        return sessions.find_open_session(db.uow(), workshop_id).position.condition
    finally:
        db.dispose()


def main() -> int:
    from bench.common import table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="plworkshop-room-bench-") as work:
        print(table(rows(Path(work), quick=args.quick, rounds=args.rounds)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
