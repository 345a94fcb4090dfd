"""Before and after the visit: follow-up plans, appointment confirmations, admission help and discharge send-off."""
