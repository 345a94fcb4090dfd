"""Self-service on the visitor's own phone, by QR code and no login: complaint status and the exit survey."""
