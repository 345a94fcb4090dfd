"""The django-helpdesk 2.6.1 project the side-by-side benchmark compares the complaint list with.

Run with the interpreter of the venv `prepare.py` makes outside the repository.
"""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hdsite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
