"""The rows hospital's data migration ships: a group per role and the default department directory.

`load_reference_data(models)` takes the model lookup of a data migration's historical
registry (its `apps`): migration 0002 calls it, and so does a test database built from the models.
"""

from collections.abc import Callable
from typing import Any

from .directory import load_default_departments
from .roles import Role


def load_reference_data(models: Callable[[str, str], Any]) -> None:
    """Create the role groups and the shipped departments that are missing."""
    group_model = models("auth", "Group")
    for role in Role.values:
        group_model.objects.get_or_create(name=role)
    load_default_departments(models("hospital", "Department"))
