"""A throwaway PostgreSQL server for the test suite (and the benches).

`initdb` refuses to run as root, so as root the server runs as the `postgres`
user (runuser), in a temporary folder, listening only on a private Unix
socket: no port, no password, gone when the session ends.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def find_bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


@dataclass
class PgServer:
    root: Path
    socket_dir: Path
    process: subprocess.Popen | None = None
    as_user: str | None = None
    log: object = None
    #: False for the tests (no fsync: speed); True for the benches, which must time
    #: what a depot's server does: every commit flushed to disk before it returns
    durable: bool = False

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://depot@/{dbname}?host={self.socket_dir}"

    def _cmd(self, argv: list[str]) -> list[str]:
        if self.as_user:
            return ["runuser", "-u", self.as_user, "--", *argv]
        return argv

    def psql(self, sql: str, dbname: str = "postgres") -> str:
        psql = find_bin("psql")
        out = subprocess.run(
            [psql, "-X", "-q", "-t", "-A", "-h", str(self.socket_dir), "-U", "depot",
             "-d", dbname, "-c", sql],
            check=True, capture_output=True, text=True,
        )
        return out.stdout.strip()

    def start(self) -> None:
        postgres = find_bin("postgres")
        self.log = log = open(self.root / "server.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            self._cmd([
                postgres, "-D", str(self.root / "data"), "-k", str(self.socket_dir),
                "-c", "listen_addresses=", "-c", "max_connections=200",
                "-c", "shared_buffers=128MB",
                *([] if self.durable else ["-c", "fsync=off", "-c", "full_page_writes=off",
                                           "-c", "synchronous_commit=off"]),
            ]),
            stdout=log, stderr=log,
        )
        self.wait_ready()

    def wait_ready(self, timeout: float = 30) -> None:
        ready = find_bin("pg_isready")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"PostgreSQL exited: {(self.root / 'server.log').read_text()}")
            probe = subprocess.run([ready, "-q", "-h", str(self.socket_dir)], check=False)
            if probe.returncode == 0:
                return
            time.sleep(0.1)
        raise RuntimeError("PostgreSQL did not become ready")

    def stop(self, mode: str = "fast") -> None:
        if self.process is None:
            return
        ctl = find_bin("pg_ctl")
        subprocess.run(self._cmd([ctl, "-D", str(self.root / "data"), "-m", mode, "-w", "stop"]),
                       check=False, capture_output=True)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None
        if self.log is not None:
            self.log.close()
            self.log = None

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


def start_server(*, durable: bool = False) -> PgServer:
    """initdb + start; raises RuntimeError with the reason if it cannot."""
    initdb = find_bin("initdb")
    if not initdb or not find_bin("postgres"):
        raise RuntimeError("PostgreSQL server binaries (initdb, postgres) not found")
    root = Path(tempfile.mkdtemp(prefix="depot-pg-"))
    socket_dir = root / "sock"
    socket_dir.mkdir()
    as_user = "postgres" if os.geteuid() == 0 else None
    if as_user:
        shutil.chown(root, as_user)
        shutil.chown(socket_dir, as_user)
        os.chmod(root, 0o755)
    server = PgServer(root, socket_dir, as_user=as_user, durable=durable)
    init = subprocess.run(
        server._cmd([initdb, "-D", str(root / "data"), "-U", "depot", "-A", "trust",
                     "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]),
        capture_output=True, text=True, check=False,
    )
    if init.returncode != 0:
        shutil.rmtree(root, ignore_errors=True)
        raise RuntimeError(f"initdb failed: {init.stderr.strip() or init.stdout.strip()}")
    server.start()
    return server
