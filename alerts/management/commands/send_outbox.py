from alerts.management.looping import LoopingCommand
from alerts.outbox import send_due


class Command(LoopingCommand):
    help = (
        "Send the alerts waiting in the outbox (email, webhooks); failures are retried with "
        "backoff. Run it from cron every minute, or as a worker with --loop."
    )

    def run_once(self) -> str:
        result = send_due()
        if not (result.sent or result.failed):
            return ""  # cron mails what a job prints: nothing to say, say nothing
        return f"{result.sent} sent, {result.failed} failed (will retry)"
