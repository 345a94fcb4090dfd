"""Settings for Front Desk, driven by environment variables (see README, "Configuration").

One module for every environment. Production is the default: with DEBUG off the secure settings
apply and a missing SECRET_KEY stops the start with a message that names it.
"""

import datetime as dt
import secrets
import sys
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit

import environ
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()


def _fail(message: str) -> NoReturn:
    # A configuration mistake is the operator's, not a bug: say what to fix, without a traceback.
    sys.stderr.write(f"Front Desk configuration error: {message}\n")
    raise SystemExit(2)


_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env_bool(name: str, *, default: bool) -> bool:
    """Read a yes/no variable strictly: a typo ("ture") stops the start instead of meaning no."""
    raw = env.str(name, default="").strip().lower()
    if not raw:
        return default
    if raw in _TRUE:
        return True
    if raw in _FALSE:
        return False
    _fail(
        f"{name} is {raw!r}, which is not a yes/no value. "
        "Use one of 1/0, true/false, yes/no, on/off."
    )


def env_time(name: str, *, default: str) -> dt.time:
    """Read a time of day written as HH:MM."""
    raw = env.str(name, default=default).strip()
    try:
        return dt.datetime.strptime(raw, "%H:%M").time()
    except ValueError:
        _fail(f"{name} is {raw!r}, which is not a time of day. Write it as HH:MM, e.g. 18:00.")


def env_int(name: str, *, default: int, minimum: int = 0) -> int:
    """Read a whole number, refusing text and numbers below `minimum`."""
    raw = env.str(name, default=str(default)).strip()
    try:
        value = int(raw)
    except ValueError:
        value = minimum - 1
    if value < minimum:
        _fail(f"{name} is {raw!r}: it must be a whole number of at least {minimum}.")
    return value


DEBUG = env_bool("DEBUG", default=False)

_KEYLESS_COMMANDS = {"makemigrations", "makemessages", "compilemessages"}
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if DEBUG:
        # Only ever for a developer's own machine: DEBUG is off in every deployment.
        SECRET_KEY = "insecure-development-key-debug-only"
    elif sys.argv[1:2] and sys.argv[1] in _KEYLESS_COMMANDS:
        # Writing migrations or catalogues signs nothing and serves no one: a throwaway key.
        SECRET_KEY = secrets.token_urlsafe(50)
    else:
        _fail("SECRET_KEY is not set. Set SECRET_KEY to a long random string (or DEBUG=1 locally).")

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
INTERNAL_IPS = ["127.0.0.1"]

INSTALLED_APPS = [
    # Django's admin with its site as hospital.admin_site makes it (each view wrapped once).
    "hospital.admin_site.FrontDeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    # Widget templates from the project's engine, so `templates/hospital/widgets/` is found.
    "django.forms",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_htmx",
    "template_partials",
    "simple_history",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "csp",
    # Our apps, in layer order: each may import only from those above it.
    "hospital",
    "alerts",
    "reception",
    "triage",
    "hall",
    "doctors",
    "handover",
    "aftercare",
    "complaints",
    "selfservice",
    "overview",
]
DEMO = env_bool("DEMO", default=False)
if DEBUG or DEMO:
    INSTALLED_APPS.append("demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # The board's unchanged polls: 304 from one statement, or on through the stack unchanged.
    "overview.board_poll.BoardPollMiddleware",
    "hospital.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hospital.middleware.FrontDeskLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "hospital.middleware.FrontDeskAuthenticationMiddleware",
    "hospital.otp.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the user and messages are known, before anything decides what the user may see.
    "hospital.security.SecurityHeadersMiddleware",
    "hospital.security.SessionLimitsMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    # A tablet handed to a visitor shows only the kiosk page until the staff unlock it.
    "reception.kiosk.KioskMiddleware",
    "hospital.security.AdminTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: turns a lockout noted during authentication into the login page with the reason.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "hospital.context_processors.front_desk",
            ],
        },
    },
]


# Database: SQLite file by default, PostgreSQL (psycopg 3, pooled) in production.
_DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}
DATABASE_URL = env.str("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
_scheme = urlsplit(DATABASE_URL).scheme
if _scheme not in _DATABASE_SCHEMES:
    _fail(
        f"DATABASE_URL has the scheme {_scheme!r}, which Front Desk does not support. "
        "Use postgres://user:password@host:5432/name or sqlite:////absolute/path.sqlite3."
    )
DATABASES = {"default": env.db_url_config(DATABASE_URL)}
# The health check gives up on the database after this many seconds (a connection of its own).
HEALTHZ_TIMEOUT = env_int("HEALTHZ_TIMEOUT", default=2, minimum=1)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["ENGINE"] = "django.db.backends.postgresql"
    # A database that does not answer is an error page after a few seconds, not a hung tablet.
    DATABASES["default"]["OPTIONS"] = {
        "connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", default=5, minimum=1),
        # No parallel workers for a page's statements: starting one costs PostgreSQL 3-10 ms, and
        # every statement here reads an index for a few hundred rows at most. The planner asks
        # for one when it believes a desk has many open visits (the average over the desks: one
        # desk with 80,000 left open made the main hall's board read 4 -> 13 ms, 2.1 -> 15 ms
        # prepared). A report run by hand may still use them (SET in its own session).
        "options": "-c max_parallel_workers_per_gather="
        + str(env_int("DATABASE_PARALLEL_WORKERS", default=0)),
    }
    # PostgreSQL binds the parameters itself and psycopg prepares a statement a connection has
    # run 5 times, so its plan is reused: Django's default (client-side binding) sends every
    # statement as new text and PostgreSQL plans it again (0.6 ms for a small one). Measured
    # with benchmarks/compare.py, interleaved: PostgreSQL's CPU a request fell 57-64 % on the
    # board's 304 poll and the complaint lists, 30 % on a walk-in. Both go to every pooled
    # connection from OPTIONS. Restart the app after `migrate`: PostgreSQL refuses a prepared
    # statement whose columns a migration changed (hand-written SQL names its columns).
    if env_bool("DATABASE_SERVER_SIDE_BINDING", default=True):
        DATABASES["default"]["OPTIONS"]["server_side_binding"] = True
        DATABASES["default"]["OPTIONS"]["prepare_threshold"] = env_int(
            "DATABASE_PREPARE_THRESHOLD", default=5, minimum=0
        )
    if env_bool("DATABASE_POOL", default=True):
        # Django's psycopg pool: one per process; gunicorn workers each keep a few connections.
        DATABASES["default"]["OPTIONS"]["pool"] = {
            "min_size": 2,
            "max_size": env.int("DATABASE_POOL_MAX", default=8),
            "timeout": env_int("DATABASE_POOL_TIMEOUT", default=10, minimum=1),
        }
    else:
        DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
else:
    # WAL lets the board read while a guide writes; the timeout rides out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": env_int("PASSWORD_MIN_LENGTH", default=12, minimum=8)},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    # The hospital's own first guesses (hospital/data/common-passwords.txt), digits added or not.
    {"NAME": "hospital.passwords.HospitalPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# django-axes first: it refuses a locked-out user+device before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "overview:home"
# Lower apps link to a visit with visit.get_absolute_url(); the page composes every stage, so it
# is the top floor's. The exit feedback's thanks page offers a complaint, so it is too.
ABSOLUTE_URL_OVERRIDES = {
    "reception.visit": lambda visit: reverse("overview:visit_detail", args=[visit.pk]),
    "reception.feedback": lambda feedback: reverse("overview:feedback_thanks", args=[feedback.pk]),
}
LOGOUT_REDIRECT_URL = "login"

# Languages: Simplified Chinese first; Traditional Chinese and English are complete alternatives.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [
    ("zh-hans", _("Simplified Chinese")),
    ("zh-hant", _("Traditional Chinese")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = env.str("TIME_ZONE", default="Asia/Shanghai")
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
_MANIFEST = env_bool("STATIC_MANIFEST", default=not DEBUG)
# Without collectstatic (development, tests) WhiteNoise serves straight from the app folders.
WHITENOISE_USE_FINDERS = not _MANIFEST
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if _MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Sessions: a shared tablet must not stay logged in. The cookie ends with the browser; the server
# ends a session after SESSION_IDLE_MINUTES without activity (the page warns a minute before) and
# SESSION_SHIFT_HOURS after its login, however active (hospital.security.SessionLimitsMiddleware).
# Django's database sessions, read with one plain statement (`hospital.sessions`).
SESSION_ENGINE = "hospital.sessions"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_IDLE_SECONDS = env_int("SESSION_IDLE_MINUTES", default=15, minimum=2) * 60
SESSION_ABSOLUTE_SECONDS = env_int("SESSION_SHIFT_HOURS", default=12, minimum=1) * 60 * 60
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_SECONDS
# Logins: after LOGIN_FAILURE_LIMIT wrong passwords for one user from one device, that user is
# locked out on that device for LOGIN_LOCKOUT_MINUTES (0: until an administrator unlocks it in
# the admin, under "Axes > Access attempts").
AXES_ENABLED = env_bool("LOGIN_LOCKOUT", default=True)
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", default=5, minimum=1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
_LOCKOUT_MINUTES = env_int("LOGIN_LOCKOUT_MINUTES", default=30, minimum=0)
AXES_COOLOFF_TIME = dt.timedelta(minutes=_LOCKOUT_MINUTES) if _LOCKOUT_MINUTES else None
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_CLIENT_IP_CALLABLE = "hospital.access.client_ip"
AXES_LOCKOUT_CALLABLE = "hospital.security.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False
# Staff (who can open the admin) give a TOTP code after their password; an authenticator app is
# set up on first use. On unless DEBUG is on, so the demo's admin opens without a phone at hand;
# `check --deploy` warns if it is off.
ADMIN_OTP_REQUIRED = env_bool("ADMIN_OTP_REQUIRED", default=not DEBUG)
OTP_TOTP_ISSUER = env.str("HOSPITAL_NAME", default="") or "Front Desk"

# Security: the secure choice unless DEBUG is on. Behind a TLS-terminating proxy set
# SECURE_PROXY_SSL_HEADER so that Django knows the original request was HTTPS.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", default=False)
if BEHIND_TLS_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The health check answers plain HTTP probes from the load balancer.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CSRF_FAILURE_VIEW = "hospital.views.csrf_failure"

# Content-Security-Policy: scripts and styles only from our own static files, never inline (the
# templates carry no inline script, style or handler; htmx's own indicator style is switched off
# in base.html). Bootstrap draws its icons with data: SVG images, and the TOTP enrolment page's
# QR code is one too.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# No page needs a camera, a microphone, the location or payment; say so to the browser.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)

# The hospital's own details, printed on slips and sheets.
HOSPITAL_NAME = env.str("HOSPITAL_NAME", default="")
# Its name in Traditional Chinese (converted from HOSPITAL_NAME when empty) and in English.
HOSPITAL_NAME_ZH_HANT = env.str("HOSPITAL_NAME_ZH_HANT", default="")
HOSPITAL_NAME_EN = env.str("HOSPITAL_NAME_EN", default="")
HOSPITAL_PHONE = env.str("HOSPITAL_PHONE", default="")
HOSPITAL_EMERGENCY_PHONE = env.str("HOSPITAL_EMERGENCY_PHONE", default="120")
# Clinic hours printed on the discharge card, in each language (the card says to ask the desk
# while they are empty).
HOSPITAL_CLINIC_HOURS = env.str("HOSPITAL_CLINIC_HOURS", default="")
HOSPITAL_CLINIC_HOURS_ZH_HANT = env.str("HOSPITAL_CLINIC_HOURS_ZH_HANT", default="")
HOSPITAL_CLINIC_HOURS_EN = env.str("HOSPITAL_CLINIC_HOURS_EN", default="")

# The desk's rules that are numbers, not code (seed documents in brackets).
# From this time the security desk takes the phones: later questions belong to the next working
# day's list (after-hours log from 18:00).
DESK_CLOSES_AT = env_time("DESK_CLOSES_AT", default="18:00")
# Visitors this old get priority even when the guide tapped no need (seed 000 §四⑤).
PRIORITY_AGE = env_int("PRIORITY_AGE", default=70, minimum=1)
# An exit-feedback dimension averaging under this (out of 100) needs an improvement plan
# (seed 003 §二(五)).
SATISFACTION_THRESHOLD = env_int("SATISFACTION_THRESHOLD", default=85, minimum=1)
# Exit surveys answered for every hundred visits, the target per channel (seed 003 §一(五)).
SATISFACTION_RESPONSE_TARGET = env_int("SATISFACTION_RESPONSE_TARGET", default=80, minimum=1)
# A desk's ticket numbers start with this letter unless the hall's admin gives it a prefix.
QUEUE_DEFAULT_PREFIX = env.str("QUEUE_DEFAULT_PREFIX", default="A")
# Department codes that stand for a role in the flow: where emergencies, adults with fever,
# children, the undecided and the complaints escalated from a department go.
ROLE_DEPARTMENTS = {
    "emergency": env.str("EMERGENCY_DEPARTMENT", default="ER"),
    "fever": env.str("FEVER_DEPARTMENT", default="FEVER"),
    "paediatrics": env.str("PAEDIATRICS_DEPARTMENT", default="PED"),
    "general": env.str("GENERAL_DEPARTMENT", default="GP"),
    "patient_services": env.str("PATIENT_SERVICES_DEPARTMENT", default="CS"),
}
# How often the waiting board asks for news (tests set 0 or 1 so browsers need not wait).
BOARD_REFRESH_SECONDS = env_int("BOARD_REFRESH_SECONDS", default=15, minimum=1)
# How often the complaint list's overdue and due-today sections ask for news.
COMPLAINTS_LIST_REFRESH_SECONDS = env_int("COMPLAINTS_LIST_REFRESH_SECONDS", default=60, minimum=1)
# How often a hall display asks for its state (a 304 from one query while nothing changed): a
# call shows on the screen within this.
HALL_DISPLAY_POLL_SECONDS = env_int("HALL_DISPLAY_POLL_SECONDS", default=1, minimum=1)
# How long a wheelchair or other escort equipment is lent before it counts as overdue.
ESCORT_LOAN_HOURS = env_int("ESCORT_LOAN_HOURS", default=2, minimum=1)
# A visitor waiting this long without being routed is flagged "not yet triaged" on the board.
UNTRIAGED_FLAG_MINUTES = env_int("UNTRIAGED_FLAG_MINUTES", default=10, minimum=1)
# A person whose last record is older than this is anonymised by `anonymise_expired` (cron):
# names, phones and free texts go, counts and times stay (PIPL art. 19 and 47).
RETENTION_DAYS = env_int("RETENTION_DAYS", default=3 * 365, minimum=30)
# Doctors' photos for the directory: served only to logged-in staff; back this folder up.
DOCTOR_PHOTO_ROOT = Path(env.str("DOCTOR_PHOTO_ROOT", default=str(BASE_DIR / "media" / "doctors")))

# Alerts' outbound channels (email, webhooks), sent by `send_outbox`: a webhook that does not
# answer in this many seconds is retried after a backoff that doubles from the base, up to the
# maximum attempts. ALERTS_SITE_URL makes links in messages absolute
# (https://frontdesk.example.cn).
ALERTS_WEBHOOK_TIMEOUT = env_int("ALERTS_WEBHOOK_TIMEOUT", default=5, minimum=1)
ALERTS_OUTBOX_MAX_ATTEMPTS = env_int("ALERTS_OUTBOX_MAX_ATTEMPTS", default=8, minimum=1)
ALERTS_OUTBOX_BACKOFF_SECONDS = env_int("ALERTS_OUTBOX_BACKOFF_SECONDS", default=30, minimum=1)
ALERTS_SITE_URL = env.str("ALERTS_SITE_URL", default="")
# How often the bell asks for news: a new alert shows within this and one second more.
ALERTS_BELL_POLL_SECONDS = env_int("ALERTS_BELL_POLL_SECONDS", default=4, minimum=1)
# The bell's poll also runs the one-minute escalation rule, at most this often per process.
ALERTS_POLL_CHECK_SECONDS = env_int("ALERTS_POLL_CHECK_SECONDS", default=10, minimum=1)
# Email for the alerts' email channel, through Django's SMTP backend.
EMAIL_HOST = env.str("EMAIL_HOST", default="localhost")
EMAIL_PORT = env_int("EMAIL_PORT", default=25, minimum=1)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="frontdesk@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="WARNING")},
}
