"""Benchmark the routing engine with 1,000 rules; print the time per suggestion.

    .venv/bin/python benchmarks/routing.py [--rules 1000] [--rounds 20]
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/routing.py --database

The shipped rules plus generated ones (same shape: 3–8 phrases of 2–5 characters, some with `*`
gaps, some English) make up `--rules`; every complaint of the dev and held-out case files
(plus long ones, trimmed at 500 characters) is suggested `--rounds` times. With `--database`
it also times `triage.routing.suggest()` as the app calls it: the engine compiled from the
database's rules, with the one-row revision check every call (worst case) and every 2 s.
"""

import argparse
import json
import random
import statistics
import time

from common import ROOT  # noqa: E402, I001 (sets Django up for measuring)
from django.conf import settings  # noqa: E402

from triage.routing.defaults import default_specs  # noqa: E402
from triage.routing.engine import Engine, RuleSpec  # noqa: E402

CASES = ROOT / "tests" / "triage" / "data"
CHARACTERS = (
    "头胸腹背腰腿脚手臂眼耳鼻喉牙皮肤心肝脾肺肾胃肠痛疼痒肿胀麻酸晕吐咳喘热冷血尿便红黑白黄"
)
WORDS = [
    "pain",
    "ache",
    "swelling",
    "itch",
    "rash",
    "lump",
    "bleeding",
    "numb",
    "sore",
    "stiff",
    "cough",
    "fever",
    "dizzy",
    "tired",
]
DEPARTMENTS = ["GI", "RESP", "NEURO", "CARD", "ORTHO", "DERM", "ENT", "OPH", "DENT", "GS", "URO"]


def generated_rules(count: int, seed: int = 4) -> list[RuleSpec]:
    rng = random.Random(seed)
    rules = []
    for number in range(count):
        phrases = []
        for _ in range(rng.randint(3, 8)):
            roll = rng.random()
            if roll < 0.15:
                phrases.append(" ".join(rng.sample(WORDS, 2)))
            elif roll < 0.3:
                phrases.append(rng.choice(CHARACTERS) + "*" + rng.choice(CHARACTERS))
            else:
                phrases.append("".join(rng.choices(CHARACTERS, k=rng.randint(2, 5))))
        rules.append(
            RuleSpec(
                name=f"generated {number}",
                kind="department",
                department=rng.choice(DEPARTMENTS),
                phrases=tuple(phrases),
                weight=rng.randint(5, 25),
            )
        )
    return rules


def complaints() -> list[dict]:
    cases = []
    for name in ("triage-cases-dev.jsonl", "triage-cases-holdout.jsonl", "routing-real-dev.jsonl"):
        with (CASES / name).open(encoding="utf-8") as handle:
            cases += [json.loads(line) for line in handle if line.strip()]
    # Long complaints: real patients' stories joined to 500 characters and beyond (trimmed).
    stories = [case["text"] for case in cases if len(case["text"]) > 40]
    for start in range(0, min(len(stories), 200), 10):
        cases.append({"text": "，".join(stories[start : start + 10])[:600]})
    return cases


def time_calls(suggest, cases: list[dict], rounds: int) -> tuple[list[float], float]:
    """Return the wall time of each call, and the mean CPU time per call (seconds)."""
    timings = []
    cpu_start = time.process_time()
    for _ in range(rounds):
        for case in cases:
            start = time.perf_counter()
            suggest(
                case["text"],
                age=case.get("age"),
                sex=case.get("sex"),
                temperature=case.get("temperature"),
            )
            timings.append(time.perf_counter() - start)
    return timings, (time.process_time() - cpu_start) / len(timings)


def report(label: str, measured: tuple[list[float], float]) -> None:
    timings, cpu = measured
    timings = sorted(timings)
    mean = statistics.fmean(timings) * 1000
    p50 = timings[len(timings) // 2] * 1000
    p95 = timings[int(len(timings) * 0.95)] * 1000
    print(
        f"{label:<58} wall: mean {mean:6.3f} ms, p50 {p50:6.3f} ms, p95 {p95:6.3f} ms; "
        f"CPU {cpu * 1000:6.3f} ms per call ({len(timings)} calls)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--database", action="store_true")
    options = parser.parse_args()

    shipped = default_specs()
    rules = shipped + generated_rules(max(0, options.rules - len(shipped)))
    phrases = sum(len(rule.phrases) + len(rule.requires) + len(rule.unless) for rule in rules)
    start = time.perf_counter()
    engine = Engine.build(rules)
    compile_ms = (time.perf_counter() - start) * 1000
    cases = complaints()
    print(
        f"{len(rules)} rules ({len(shipped)} shipped), {phrases} phrases; compiled in {compile_ms:.0f} ms"
    )
    engine.suggest("预热")
    typical = [case for case in cases if len(case["text"]) <= 100]
    long = [case for case in cases if len(case["text"]) >= 500]
    report(
        f"engine.suggest(), {len(typical)} complaints of ≤ 100 characters",
        time_calls(engine.suggest, typical, options.rounds),
    )
    report(
        f"engine.suggest(), {len(long)} complaints of 500+ characters (trimmed)",
        time_calls(engine.suggest, long, options.rounds * 5),
    )

    if options.database:
        database_figures(rules[len(shipped) :], cases, options.rounds)


class _RollBack(Exception):
    pass


def database_figures(extra: list[RuleSpec], cases: list[dict], rounds: int) -> None:
    """Time routing.suggest() on the database's rules plus `extra`, then roll them back."""
    from django.db import transaction

    from hospital.models import Department
    from triage import routing
    from triage.models import RoutingRule

    departments = {d.code: d for d in Department.objects.all()}
    try:
        with transaction.atomic():
            for spec in extra:
                RoutingRule.objects.create(
                    name=spec.name,
                    department=departments[spec.department],
                    phrases="\n".join(spec.phrases),
                    weight=spec.weight,
                )
            routing.invalidate()
            start = time.perf_counter()
            routing.suggest("预热")
            count = RoutingRule.objects.active().count()
            print(
                f"database: {count} active rules, engine built in {(time.perf_counter() - start) * 1000:.0f} ms"
            )
            settings.ROUTING_REVISION_CHECK_SECONDS = 0
            report(
                "routing.suggest(), revision row read every call",
                time_calls(routing.suggest, cases, rounds),
            )
            settings.ROUTING_REVISION_CHECK_SECONDS = 2
            report(
                "routing.suggest(), revision row read every 2 s",
                time_calls(routing.suggest, cases, rounds),
            )
            raise _RollBack
    except _RollBack:
        routing.invalidate()


if __name__ == "__main__":
    main()
