"""The one write path of each aftercare record: views, admin, demo and commands call these."""
