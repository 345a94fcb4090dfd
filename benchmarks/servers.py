"""What the loopback benchmarks share: the app served by gunicorn, as in production, on 127.0.0.1.

Import it from a script run as a file from the project root (`benchmarks/` is then on the path):
`from servers import HOST, server_env, start_server`. It imports no Django: the server is a
separate process with the environment built here.
"""

import http.client
import os
import secrets
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"


def server_env(database_url: str) -> dict[str, str]:
    """Return the environment of a production-like server (DEBUG off, a throwaway key) on HOST."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DEBUG="0",
        SECRET_KEY="benchmark-only-" + secrets.token_hex(24),
        SECURE_SSL_REDIRECT="0",
        SESSION_COOKIE_SECURE="0",
        CSRF_COOKIE_SECURE="0",
        SECURE_HSTS_SECONDS="0",
        STATIC_MANIFEST="0",
        ALLOWED_HOSTS=HOST,
        DATABASE_URL=database_url,
        LOG_LEVEL="ERROR",
        PYTHONWARNINGS="ignore::UserWarning",
    )
    return env


def start_server(
    env: dict[str, str],
    port: int,
    workers: int,
    *,
    name: str = "app",
    module: str = "config.wsgi",
    cwd: Path = ROOT,
    gunicorn: Path = ROOT / ".venv/bin/gunicorn",
) -> subprocess.Popen:
    """Start gunicorn serving `module` with `env` on HOST:`port` and return it once /healthz
    answers (30 s at most)."""
    server = subprocess.Popen(
        [
            str(gunicorn),
            module,
            "--bind",
            f"{HOST}:{port}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=cwd,
        env=env,
    )
    for _ in range(150):
        if server.poll() is not None:
            raise SystemExit(f"{name}: gunicorn exited ({server.returncode}); is {port} free?")
        try:
            conn = http.client.HTTPConnection(HOST, port, timeout=2)
            conn.request("GET", "/healthz", headers={"Host": HOST})
            if conn.getresponse().status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit(f"{name}: gunicorn did not answer /healthz on {port}")
