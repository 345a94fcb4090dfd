"""Suggest where a visitor should go, and how urgently, from what they say.

The contract every caller relies on (the walk-in flow, the routing screen, the command line):
`suggest(text, *, age=None, sex=None, temperature=None) -> list[Suggestion]`, best first.

The package reads a complaint in steps, each a module with its own tests:
`text` (normalise) → `segment` (words) → `concepts` → `context` (negation, history, questions)
→ `redflags` → the fever rule, age and sex, ranking and fallback in `engine`. `cache` keeps the
engine compiled from the database's rules per process; `defaults` reads the shipped data files.
"""

from .cache import (
    FALLBACK_DEPARTMENTS,
    build_engine,
    config_from,
    current_engine,
    invalidate,
    invalidate_on_commit,
    rule_spec,
    split_lines,
    suggest,
)
from .engine import (
    TEMPERATURE_RANGE,
    Config,
    Engine,
    InvalidTemperature,
    Kind,
    PatternError,
    Reason,
    RuleSpec,
    Suggestion,
    parse_temperature,
)

__all__ = [
    "FALLBACK_DEPARTMENTS",
    "TEMPERATURE_RANGE",
    "Config",
    "Engine",
    "InvalidTemperature",
    "Kind",
    "PatternError",
    "Reason",
    "RuleSpec",
    "Suggestion",
    "build_engine",
    "config_from",
    "current_engine",
    "invalidate",
    "invalidate_on_commit",
    "parse_temperature",
    "rule_spec",
    "split_lines",
    "suggest",
]
