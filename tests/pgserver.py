"""A throwaway PostgreSQL server for the tests and the benchmark: initdb and pg_ctl from Debian's
postgresql package, run as the postgres user (we may be root) on 127.0.0.1 and a free port, in a
temporary folder that is removed when the server stops."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile


def find_bin() -> str | None:
    """The newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl (or the ones on PATH)."""
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]) if p.split("/")[-2].isdigit() else 0)
    for d in reversed(dirs):
        if os.path.exists(os.path.join(d, "initdb")) and os.path.exists(os.path.join(d, "pg_ctl")):
            return d
    initdb = shutil.which("initdb")
    return os.path.dirname(initdb) if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = find_bin()
        if self.bin is None:
            raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
        self.dir = tempfile.mkdtemp(prefix="docparse-pg-")
        self.data = os.path.join(self.dir, "data")
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else None

    def _run(self, *args: str) -> None:
        cmd = list(args)
        if self.as_root:  # initdb refuses to run as root
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)

    def start(self) -> Server:
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        self._run(os.path.join(self.bin, "initdb"), "-D", self.data, "-U", "postgres", "-A", "trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        opts = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} -c fsync=off"
        self._run(os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-o", opts, "-w", "-t", "60",
                  "-l", os.path.join(self.dir, "log"), "start")
        return self

    def dsn(self, dbname: str = "postgres", schema: str | None = None) -> str:
        dsn = f"host=127.0.0.1 port={self.port} user=postgres dbname={dbname}"
        return dsn + (f" options='-c search_path={schema}'" if schema else "")

    def stop(self) -> None:
        try:
            self._run(os.path.join(self.bin, "pg_ctl"), "-D", self.data, "-m", "fast", "-w", "stop")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)
