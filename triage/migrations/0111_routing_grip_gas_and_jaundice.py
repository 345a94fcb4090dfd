"""The shipped rules with a grip that fails read as a stroke's sign only when it is sudden or one
side's (a weak grip of weeks with a tremor is neurology's), a gas left on with dizziness now read
as carbon monoxide, speech said unclear with 不清楚 ("突然说话不清楚") read as a stroke's sign as 说话不清 is, a
collapse or a choking said with its usual ending ("突然倒地上了", "噎着了", "伤口还一直流血") no longer hidden by a
longer word, a stroke again said now ("好像再中风了", "having another stroke") no longer hidden by the
prevention rule's recurrence words, both legs weak or numb with the bladder or bowels lost read as
the spinal cord or the cauda equina pressed (a new rule and two concepts), and a newborn who 'looks
yellow' as jaundice. Only rules and concepts nobody edited are brought up to the files."""

from django.db import migrations

from triage.migrations._shipped import load


class Migration(migrations.Migration):
    dependencies = [("triage", "0110_routing_small_child_said_by_age")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
