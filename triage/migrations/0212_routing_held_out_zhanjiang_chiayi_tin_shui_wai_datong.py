"""Four held-out days read a session after they were written (Zhanjiang, Chiayi, Tin Shui Wai,
Datong): puffer named after a fish eaten; 砍了 of a crop or a length of time, a jellyfish met on a
swim, "very" said of something else and a hand that cannot hold for pain raise no red flag;
desks for a pterygium, Hokkien's eyes and stream, a fear-triggered racing heart, red urine told
over two clauses, discharge "down there", chewing gum, a dry sore nose."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0211_routing_review_emergency_named_as_history")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
