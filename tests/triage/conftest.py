"""Fixtures the triage tests share."""

from collections.abc import Callable, Iterator

import pytest

from tests.triage.routing_helpers import EnginePerInputs, shipped_as_stored
from triage.routing import cache
from triage.routing.engine import Engine


@pytest.fixture(scope="session")
def shipped_engine() -> Engine:
    """The engine of the shipped rules, settings and concepts, compiled once per process.

    `suggest` only reads an engine (its labels are filled in lazily, the same every time), so
    every test that asks the shipped engine shares this one. It is compiled from the shipped data
    as the database holds it (`shipped_as_stored`), and kept by `EnginePerInputs`: a test that
    routes through the database's rules in the same process gets this engine instead of
    compiling the same rules again (about 3 s of CPU on a slow box). `EnginePerInputs` moves
    its objects out of the garbage collector's sight (`gc.freeze`).
    """
    rules, config, lexicon = shipped_as_stored()
    return EnginePerInputs.build(rules, config, lexicon)


@pytest.fixture
def check_revision_every_call(settings) -> None:
    """Make every routing call look at the rules' revision, so an edit is live at once."""
    settings.ROUTING_REVISION_CHECK_SECONDS = 0


@pytest.fixture(autouse=True)
def _routing_engine_of_a_rolled_back_revision_not_kept(request) -> Iterator[None]:
    """Leave this process's engine as the test found it if the test left one built at a
    revision its rollback takes away.

    An edit bumps the rules' revision inside the test's transaction, and the engine built then is
    cached under that number; the rollback frees the number for the next test's edit, which would
    find that engine (of other rules or settings) cached under "its" revision and never rebuild.
    """
    kept = (cache._cache.engine, cache._cache.revision, cache._cache.checked_at)
    revision = cache._read_revision() if request.node.get_closest_marker("django_db") else None
    yield
    if cache._cache.engine is not kept[0] and cache._cache.revision != revision:
        cache._cache.engine, cache._cache.revision, cache._cache.checked_at = kept


@pytest.fixture
def database_suggest(check_revision_every_call, compile_each_rule_set_once) -> Callable:
    """`suggest` of the rules, concepts and settings as the database holds them now, for a
    gate that asks it hundreds of times: this process's engine, checked against the rules'
    revision once as the test starts (an earlier test's edit is rolled back), not read again
    for each complaint (that read cost more than the suggestion). `routing.suggest` and its
    revision checks are tested in test_routing.py."""
    return cache.current_engine().suggest


@pytest.fixture
def compile_each_rule_set_once(monkeypatch) -> None:
    """Make the routing cache reuse an engine already compiled from the same rules."""
    monkeypatch.setattr(cache, "Engine", EnginePerInputs)


@pytest.fixture
def only_rules_active() -> Iterator[Callable[..., None]]:
    """Return `deactivate_others(**lookups)`: deactivate every routing rule but those matching
    `lookups` (all of them without any), in one query that writes no history, and drop this
    process's engine so that the next call compiles the few rules left.

    For a test of how an edit reaches the engine (a save, a new concept form, another process's
    change): an engine of a few rules compiles in milliseconds, the shipped ones in about a
    second. How the shipped rules rank is held by the gates and the shipped engine's tests.

    The engine of the few rules must not outlive the test (the deactivation is rolled back, the
    revision may be the one it was built at): the process's cache is left as the test found it.
    """
    from triage.models import RoutingRule

    def deactivate_others(**lookups: object) -> None:
        rules = RoutingRule.objects.all()
        if lookups:
            rules = rules.exclude(**lookups)
        rules.update(is_active=False)
        cache.invalidate()

    kept = (cache._cache.engine, cache._cache.revision, cache._cache.checked_at)
    yield deactivate_others
    cache._cache.engine, cache._cache.revision, cache._cache.checked_at = kept


@pytest.fixture
def superuser_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("root", "root@example.cn", "pass-for-tests-1")
    client.force_login(user)
    client.cookies["django_language"] = "en"
    return client
