"""Escalate open complaints past their final answer date (run from cron, e.g. every 15 minutes).

    */15 * * * *  cd /srv/frontdesk && .venv/bin/python manage.py escalate_overdue_complaints

The lists and the supervisor's home show such complaints as escalated at once; this command
records the escalation (who: the system; when; why) in the complaint and its timeline.
"""

from typing import Any

from django.core.management.base import BaseCommand

from complaints.services import complaints_escalate_overdue


class Command(BaseCommand):
    help = (
        "Escalate every open complaint past its final answer date to the patient services centre."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        escalated = complaints_escalate_overdue()
        for complaint in escalated:
            self.stdout.write(f"{complaint.reference} escalated")
        self.stdout.write(self.style.SUCCESS(f"{len(escalated)} complaint(s) escalated."))
