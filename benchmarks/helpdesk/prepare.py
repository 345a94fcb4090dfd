"""Make the django-helpdesk 2.6.1 reference: its own venv outside the repository, its own
PostgreSQL database filled once with 100 k tickets.

    .venv/bin/python benchmarks/helpdesk/prepare.py            # what compare.py does first

The venv lives in $HELPDESK_VENV (default $XDG_CACHE_HOME/frontdesk-bench/helpdesk-2.6.1, or
~/.cache/…) and gets django-helpdesk from PyPI with the Django, gunicorn and psycopg versions of
the venv running this script, so both sides run the same stack. The project (settings, urls)
is the folder beside this file.
"""

import argparse
import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPDESK_VERSION = "2.6.1"
HOST = "127.0.0.1"
USERNAME = "bench"
PASSWORD = "bench-2026"


def venv_dir() -> Path:
    """Return where the helpdesk venv lives (never inside the repository)."""
    if os.environ.get("HELPDESK_VENV"):
        return Path(os.environ["HELPDESK_VENV"])
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "frontdesk-bench" / f"helpdesk-{HELPDESK_VERSION}"


def helpdesk_env(database: str) -> dict[str, str]:
    """Return the environment the helpdesk project runs in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(DJANGO_SETTINGS_MODULE="hdsite.settings", HELPDESK_DATABASE_NAME=database)
    return env


def ensure_venv() -> Path:
    """Create the venv and install helpdesk into it once; return its bin folder."""
    venv = venv_dir()
    bin_dir = venv / "bin"
    if (bin_dir / "gunicorn").exists():
        return bin_dir
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
    pins = [
        f"django-helpdesk=={HELPDESK_VERSION}",
        f"django=={version('django')}",
        f"gunicorn=={version('gunicorn')}",
        f"psycopg[binary]=={version('psycopg')}",
        f"psycopg-pool=={version('psycopg-pool')}",
    ]
    subprocess.run([str(bin_dir / "pip"), "install", "-q", *pins], check=True)
    return bin_dir


def prepare(database: str, tickets: int) -> Path:
    """Install, create, migrate and fill the reference; return the venv's bin folder."""
    bin_dir = ensure_venv()
    subprocess.run(
        ["createdb", "-h", HOST, "-U", "postgres", database], capture_output=True, check=False
    )
    env = helpdesk_env(database)
    python = str(bin_dir / "python")
    subprocess.run([python, "manage.py", "migrate", "-v0"], cwd=HERE, env=env, check=True)
    subprocess.run(
        [python, "fill.py", "--tickets", str(tickets), "--username", USERNAME]
        + ["--password", PASSWORD],
        cwd=HERE,
        env=env,
        check=True,
    )
    return bin_dir


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", default="fd_bench_helpdesk")
    parser.add_argument("--tickets", type=int, default=100_000)
    args = parser.parse_args()
    print(f"helpdesk venv: {prepare(args.database, args.tickets)}")


if __name__ == "__main__":
    main()
