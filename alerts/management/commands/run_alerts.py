from alerts.checks import registered_checks, run_checks
from alerts.management.looping import LoopingCommand


class Command(LoopingCommand):
    help = (
        "Raise the time-based alerts whose condition holds now and clear those that stopped "
        "holding. Idempotent: run it from cron every minute (or with --loop)."
    )

    def run_once(self) -> str:
        result = run_checks()
        if not (result.raised or result.cleared):
            return ""  # cron mails what a job prints: nothing new, say nothing
        return (
            f"{len(registered_checks())} rules: {result.holding} conditions hold, "
            f"{result.raised} raised, {result.cleared} cleared"
        )
