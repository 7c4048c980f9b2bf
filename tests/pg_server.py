"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries.

The server refuses to run as root, so as root it runs as the ``postgres`` account (or ``nobody``); it listens
on a free loopback port and lives in a temporary folder removed afterwards. Like a real team server it asks
every login for a password (``scram-sha-256`` in ``pg_hba.conf``); only the harness's own superuser
``tester`` is trusted, to create databases and logins. The passwords of the logins the harness creates are
written to a ``.pgpass`` file of its own (``PGPASSFILE``), which libpq reads as on a desktop.
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

    def url(self, database: str, login: str | None = "tester") -> str:
        """A URL of ``database`` as ``login`` (None: none in the URL, libpq's default ``PGUSER`` applies)."""
        who = f"{login}@" if login else ""
        return f"postgresql+psycopg://{who}127.0.0.1:{self.port}/{database}"

    @property
    def pgpass(self) -> Path:
        return self.folder / "pgpass"

    def remember_password(self, login: str, password: str) -> None:
        """Add ``login``'s password to the harness's ``.pgpass`` (mode 0600, as libpq requires)."""
        escaped = password.replace("\\", "\\\\").replace(":", "\\:")
        with self.pgpass.open("a", encoding="utf-8") as file:
            file.write(f"127.0.0.1:{self.port}:*:{login}:{escaped}\n")
        self.pgpass.chmod(0o600)

    def create_login(self, login: str, password: str, options: str = "") -> None:
        """A login role with a password (SCRAM), as a DBA would create one; ``options``: CREATEROLE…"""
        import psycopg
        from psycopg import sql

        with psycopg.connect(self.conninfo("postgres"), autocommit=True) as connection:
            verifier = connection.pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256")
            statement = sql.SQL("CREATE ROLE {} LOGIN {} PASSWORD {}").format(
                sql.Identifier(login), sql.SQL(options), sql.Literal(verifier.decode())  # type: ignore[arg-type]
            )
            connection.execute(statement)
        self.remember_password(login, password)

    def conninfo(self, database: str, login: str = "tester") -> str:
        """A libpq connection string (for psycopg used directly, as a hostile client would)."""
        return f"host=127.0.0.1 port={self.port} user={login} dbname={database}"

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
        (data / "pg_hba.conf").write_text(HBA, encoding="utf-8")
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -F "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off "
            "-c password_encryption=scram-sha-256 -c max_connections=300"
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


HBA = """\
# TYPE  DATABASE  USER    ADDRESS        METHOD
local   all       tester                 trust
host    all       tester  127.0.0.1/32   trust
host    all       all     127.0.0.1/32   scram-sha-256
"""
"""Only the harness's superuser is trusted; every other login proves itself with a password."""


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
