"""Check constraints that models declare the same way.

Each returns the constraint Django deconstructs from the hand-written form, so declaring an
existing constraint through these changes no migration.
"""

from django.db import models


def implies(when: models.Q, then: models.Q, *, name: str) -> models.CheckConstraint:
    """Check that every row matching `when` also matches `then` (a stopped plan has a reason)."""
    return models.CheckConstraint(condition=~when | then, name=name)
