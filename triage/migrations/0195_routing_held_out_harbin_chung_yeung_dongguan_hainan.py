"""Routing: eight held-out days read (four left unread through two sessions, four written blind
this session) — a pesticide sprayed for a morning with sweating and drooling, a weedkiller in the
eyes, a hot pot's broth, no answer however loudly called, a thinner drunk from a water bottle; a
check asked for whether one has it, a named Bell's palsy, a throat not tight; desks for gambling,
a chemical on the skin, a stomach's stoma, a tick pulled out."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0194_routing_fever_word_local_warmth")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
