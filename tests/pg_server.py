"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries.

The server refuses to run as root, so as root it runs as the ``postgres`` account (or ``nobody``); it listens
on a free loopback port with trust authentication and lives in a temporary folder removed afterwards.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_binaries() -> Path | None:
    """The newest ``/usr/lib/postgresql/*/bin`` with initdb and pg_ctl, or what PATH offers."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    for folder in reversed(candidates):
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run_as() -> str | None:
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged account (postgres, nobody) to run PostgreSQL")


@dataclass
class PostgresServer:
    binaries: Path
    folder: Path
    port: int
    user: str | None

    @property
    def superuser_url(self) -> str:
        return f"postgresql+psycopg://tester@127.0.0.1:{self.port}/postgres"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://tester@127.0.0.1:{self.port}/{database}"

    def _command(self, *args: str) -> list[str]:
        base = [str(self.binaries / args[0]), *args[1:]]
        return ["runuser", "-u", self.user, "--", *base] if self.user else base

    def start(self) -> None:
        data = self.folder / "data"
        subprocess.run(
            self._command(
                "initdb",
                "-D",
                str(data),
                "-U",
                "tester",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale",
            ),
            check=True,
            capture_output=True,
        )
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -F "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        subprocess.run(
            self._command(
                "pg_ctl",
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(self.folder / "log"),
                "-w",
                "-t",
                "60",
                "start",
            ),
            check=True,
            capture_output=True,
        )

    def stop(self) -> None:
        subprocess.run(
            self._command("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop"),
            capture_output=True,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def _has_c_utf8() -> bool:
    return os.path.exists("/usr/lib/locale/C.utf8") or os.path.exists("/usr/lib/locale/C.UTF-8")


def start_server() -> PostgresServer:
    binaries = find_binaries()
    if binaries is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) on this machine")
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="translator-pg-"))
    if user:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    server = PostgresServer(binaries, folder, free_port(), user)
    try:
        server.start()
    except subprocess.CalledProcessError as error:
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {error.stderr!r} {log}") from error
    return server
