"""The WSGI application gunicorn serves (`config.wsgi`).

Once the app is loaded, with every URL and view imported, what it made is set aside from the
garbage collector (`gc.freeze`): those objects live as long as the process, and each full
collection walked all 160,000 of them again (about 60 ms, every thousand walk-ins or so).
"""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

application = get_wsgi_application()
get_resolver().reverse_dict  # noqa: B018 - imports every view and fills the resolver now
gc.collect()
gc.freeze()
