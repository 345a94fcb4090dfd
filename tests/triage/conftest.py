"""Fixtures the triage tests share."""

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

import pytest

from triage.routing import cache
from triage.routing.defaults import default_specs
from triage.routing.engine import Engine, RuleSpec


@pytest.fixture(scope="session")
def shipped_engine() -> Engine:
    """The engine of the shipped rules, settings and concepts, compiled once per process.

    `suggest` only reads an engine (its labels are filled in lazily, the same every time), so
    every test that asks the shipped engine shares this one.
    """
    return Engine.build(default_specs())


@pytest.fixture
def check_revision_every_call(settings) -> None:
    """Make every routing call look at the rules' revision, so an edit is live at once."""
    settings.ROUTING_REVISION_CHECK_SECONDS = 0


class _OncePerRuleSet:
    """`Engine.build` that compiles each distinct set of rules, settings and concepts once.

    A test that edits the rules makes the next one (its edit rolled back) compile the shipped
    rules again; those are the same inputs, so the same immutable engine serves. The key is the
    exact `repr` of what the engine is built from, so a changed rule, setting or concept (even a
    Decimal written 37.30 instead of 37.3) compiles anew.
    """

    KEEP = 4
    engines: "OrderedDict[str, Engine]" = OrderedDict()

    @classmethod
    def build(cls, rules: Iterable[RuleSpec], *config_and_lexicon: Any) -> Engine:
        rules = list(rules)
        key = repr((rules, *config_and_lexicon))
        engine = cls.engines.get(key)
        if engine is None:
            engine = cls.engines[key] = Engine.build(rules, *config_and_lexicon)
            while len(cls.engines) > cls.KEEP:
                cls.engines.popitem(last=False)
        cls.engines.move_to_end(key)
        return engine


@pytest.fixture
def compile_each_rule_set_once(monkeypatch) -> None:
    """Make the routing cache reuse an engine already compiled from the same rules."""
    monkeypatch.setattr(cache, "Engine", _OncePerRuleSet)


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.cn", "pass-for-tests-1")
    client.force_login(user)
    client.cookies["django_language"] = "en"
    return client
