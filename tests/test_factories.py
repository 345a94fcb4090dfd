"""Every factory builds a row its model accepts, so a model change shows here first.

The factories are found in every app's `tests/<app>/factories.py`, so a new app's are checked
without being listed here.
"""

import importlib
from pathlib import Path

import factory
import pytest

MODULES = [
    importlib.import_module(f"tests.{path.parent.name}.factories")
    for path in sorted(Path(__file__).parent.glob("*/factories.py"))
]

# dict.fromkeys: a factory may also go by a second name (make_complaint), still one factory.
FACTORIES = list(
    dict.fromkeys(
        value
        for module in MODULES
        for value in vars(module).values()
        if isinstance(value, type)
        and issubclass(value, factory.django.DjangoModelFactory)
        and value.__module__ == module.__name__
    )
)


def test_no_model_has_two_factories() -> None:
    models = [f._meta.model for f in FACTORIES]
    assert len(models) == len(set(models))


@pytest.mark.django_db
@pytest.mark.parametrize("model_factory", FACTORIES, ids=lambda f: f.__name__)
def test_factory_builds_a_valid_row(model_factory) -> None:
    row = model_factory()
    row.full_clean()
    assert type(row).objects.filter(pk=row.pk).exists()
