"""Four more themed sweeps taught (beauty and cosmetics, markets and deliveries, the first weeks
after a birth, pets at home): red flags for a botulinum shot with double vision or choking, an
eye bulging after eyelid surgery or a blow, a neck or a tongue swelling with a noisy breath or
drooling, a baby scalded over a large area, a newborn who cannot keep warm, voices or talk of
taking the baby along after a birth, rabies begun, tetanus after a rusty cut; desks for a
piercing gone red, a charge taken twice, a tremor with weight loss, cat-scratch disease, nodules
after fish tanks or raw meat, tongue-tie, a guide dog, darker patches after a peel, a complaint
about a treatment. tests/triage/test_routing_beauty_markets_births_pets.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0153_routing_roads_farms_kitchens_nights")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
