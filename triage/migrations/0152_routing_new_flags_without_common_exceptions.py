"""Review: this round's new red flags no longer list common words among their exceptions ("去年"
cancelled a wound burst open after last year's operation, "复查" an eye red after a cataract
operation with a check booked, "好几年" a pain through to the back in a man with years of
stomach ache, "吃了*绿" a baby vomiting green after a feed, "取暖" charcoal bought for "tonight");
the context reads the past and the long story. tests/triage/test_routing_after_a_stay_strangers_women_banquets.py,
tests/triage/test_routing_long_treatments_and_children.py."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0151_routing_long_treatments_and_children")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
