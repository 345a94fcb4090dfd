"""Alerts and the outbox: one notify() every service calls; who must know, acknowledged by one tap."""
