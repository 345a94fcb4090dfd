"""The static files storage of the browser tests: production's, with gzip but not brotli."""

from typing import Any

from whitenoise.compress import Compressor
from whitenoise.storage import CompressedManifestStaticFilesStorage


class GzipManifestStaticFilesStorage(CompressedManifestStaticFilesStorage):
    """Production's storage (hashed names from a strict manifest, compressed copies served by
    WhiteNoise) with gzip copies only.

    Brotli at its best quality is the cost of collecting: about 37 s of CPU for the fonts and
    the admin's files against 2 s with gzip alone, paid on every change of a static file and
    on every fresh checkout. The browser still gets compressed files (it accepts gzip); the
    brotli copies are production's own collectstatic's (tests/security/test_production.py).
    """

    def create_compressor(self, **kwargs: Any) -> Compressor:
        return Compressor(use_brotli=False, **kwargs)
