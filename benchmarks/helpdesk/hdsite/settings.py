"""Settings of the django-helpdesk reference: the bare reference's stack, helpdesk's install.

The bare project's settings (PostgreSQL through psycopg 3 with Django's connection pool,
sessions in the database, CSRF, DEBUG off, cached templates) with helpdesk's apps, its own
database and URLs, and helpdesk's defaults otherwise; teams mode off (it needs pinax-teams,
which nothing here uses). Helpdesk guards its own views: no LoginRequiredMiddleware.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bare"))

from bare.settings import *  # noqa: E402, F403
from bare.settings import DATABASES, MIDDLEWARE  # noqa: E402

SECRET_KEY = os.environ.get("SECRET_KEY", "helpdesk-benchmark-only-not-a-secret-0123456789")
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.sites",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "helpdesk",
]
SITE_ID = 1
MIDDLEWARE = [m for m in MIDDLEWARE if not m.endswith("LoginRequiredMiddleware")]
ROOT_URLCONF = "hdsite.urls"
WSGI_APPLICATION = "hdsite.wsgi.application"
DATABASES["default"]["NAME"] = os.environ.get("HELPDESK_DATABASE_NAME", "fd_bench_helpdesk")
LOGIN_URL = "helpdesk:login"
LOGIN_REDIRECT_URL = "helpdesk:list"
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
HELPDESK_TEAMS_MODE_ENABLED = False
