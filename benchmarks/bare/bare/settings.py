"""Settings of the bare reference: Django's defaults for a production-like site, nothing more.

The same stack as Front Desk where it is not the app's own choice (PostgreSQL through psycopg 3
with Django's connection pool, sessions in the database, CSRF, logged-in pages, DEBUG off,
cached templates), so the ratio measures what Front Desk adds on top of the framework.
"""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = os.environ.get("SECRET_KEY", "bare-benchmark-only-not-a-secret-0123456789abcdef")
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "items",
]
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
ROOT_URLCONF = "bare.urls"
WSGI_APPLICATION = "bare.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ]
        },
    }
]
_DATABASE = os.environ.get("BARE_DATABASE_NAME", "fd_bench_bare")
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": _DATABASE,
        "USER": os.environ.get("BARE_DATABASE_USER", "postgres"),
        "HOST": os.environ.get("BARE_DATABASE_HOST", "127.0.0.1"),
        "PORT": os.environ.get("BARE_DATABASE_PORT", "5432"),
        "OPTIONS": {"pool": {"min_size": 2, "max_size": 8, "timeout": 10}},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
LANGUAGE_CODE = "zh-hans"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOGIN_URL = "/accounts/login/"
LOGIN_REDIRECT_URL = "/items/"
STATIC_URL = "/static/"
LOGGING = {"version": 1, "disable_existing_loggers": False}
