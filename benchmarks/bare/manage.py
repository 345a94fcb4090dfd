"""The bare Django 5.2 project the side-by-side benchmark compares Front Desk with."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bare.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
