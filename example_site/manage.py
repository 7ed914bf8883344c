#!/usr/bin/env python
"""The example site's manage.py: ``python example_site/manage.py <command>``."""

import os
import sys
from pathlib import Path

if __name__ == "__main__":
    # The repository root holds both the plugin and the example site package.
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "example_site.settings.dev")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
