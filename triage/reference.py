"""The rows triage's data migrations ship: the urgency levels, the routing settings, and the
shipped lexicon and rules (with their fingerprints).

`load_reference_data(models)` takes the model lookup of a data migration's historical
registry (its `apps`) and loads all of it into a database built from the models. The data
migrations call the same pieces: 0002 `create_urgency_levels`, 0004 `create_routing_settings`,
0008 and every later release `sync_shipped_files`, which reads the files as they are now: a
release that only edits the files needs nothing here.
"""

from collections.abc import Callable
from typing import Any

from .routing.defaults import sync_shipped_files

# China's emergency pre-triage levels: I immediate, II within 10 min, III 30 min, IV 4 hours.
URGENCY_LEVELS = {"I": 0, "II": 10, "III": 30, "IV": 240}

# The revision counter as the migrations leave it: 0004 loaded the rules and 0005 named them,
# each counting one change. Its value means nothing beyond "changed since a process last looked".
MIGRATED_REVISION = 2


def create_urgency_levels(models: Callable[[str, str], Any]) -> None:
    """Create the shipped urgency levels that are missing."""
    level_model = models("triage", "UrgencyLevel")
    for code, minutes in URGENCY_LEVELS.items():
        level_model.objects.get_or_create(code=code, defaults={"reassess_minutes": minutes})


def create_routing_settings(models: Callable[[str, str], Any]) -> None:
    """Create the one row of routing settings if it is missing."""
    models("triage", "RoutingSettings").objects.get_or_create(pk=1)


def load_reference_data(models: Callable[[str, str], Any]) -> None:
    """Load everything the data migrations ship into a database that has none of it."""
    create_urgency_levels(models)
    create_routing_settings(models)
    sync_shipped_files(models)
    models("triage", "RoutingRevision").objects.get_or_create(
        pk=1, defaults={"value": MIGRATED_REVISION}
    )
