from django.db import models


class Item(models.Model):
    """A row as wide as a walk-in: a name, a phone, a reason, a status and when it came."""

    name = models.CharField("name", max_length=80)
    phone = models.CharField("phone", max_length=20)
    reason = models.CharField("reason", max_length=200, blank=True)
    status = models.CharField(
        "status",
        max_length=12,
        choices=[("waiting", "Waiting"), ("routed", "Routed"), ("closed", "Closed")],
        default="waiting",
    )
    created_at = models.DateTimeField("created at", auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.name
