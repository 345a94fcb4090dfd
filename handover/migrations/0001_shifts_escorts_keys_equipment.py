# The seven first handover migrations in one, for new databases: every model is created with
# its final fields, indexes and constraints, so SQLite builds each table once instead of
# rebuilding it for each added constraint. Databases that applied 0001-0007 keep them.
import django.db.models.deletion
import django.utils.timezone
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("handover", "0001_initial"),
        ("handover", "0002_equipment_loan_borrower_overdue"),
        ("handover", "0003_escort_handoff"),
        ("handover", "0004_shifts_sheets_keys_after_hours"),
        ("handover", "0005_form_tokens_versioned_sheet"),
        ("handover", "0006_translated_names"),
        ("handover", "0007_urgent_help_text"),
    ]

    initial = True

    dependencies = [
        ("hospital", "0002_roles_and_default_directory"),
        ("reception", "0001_initial"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="AfterHoursBook",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("night_of", models.DateField(verbose_name="night of")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("with_security", "With the security desk"),
                            ("returned", "Back at the desk"),
                        ],
                        default="with_security",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                ("handed_over_at", models.DateTimeField(verbose_name="handed over at")),
                ("note_to_security", models.TextField(blank=True, verbose_name="note to security")),
                (
                    "taken_back_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="taken back at"),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="after_hours_books",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "handed_over_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="handed over by",
                    ),
                ),
                (
                    "taken_back_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="taken back by",
                    ),
                ),
            ],
            options={
                "verbose_name": "after-hours book",
                "verbose_name_plural": "after-hours books",
                "ordering": ["-night_of", "desk"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("desk", "night_of"), name="after_hours_one_per_night"
                    ),
                    models.UniqueConstraint(
                        condition=models.Q(("status", "with_security")),
                        fields=("desk",),
                        name="after_hours_one_open_per_desk",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("status__in", ["with_security", "returned"])),
                        name="after_hours_status_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("taken_back_at__isnull", True),
                            ("taken_back_at__gte", models.F("handed_over_at")),
                            _connector="OR",
                        ),
                        name="after_hours_back_after_handed",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="ChecklistTemplate",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=60, verbose_name="name")),
                ("is_active", models.BooleanField(default=True, verbose_name="active")),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        help_text="Leave empty for the list every desk uses unless it has its own.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="checklist_templates",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
            ],
            options={
                "verbose_name": "checklist template",
                "verbose_name_plural": "checklist templates",
                "ordering": ["name"],
            },
        ),
        migrations.CreateModel(
            name="ChecklistTemplateItem",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("label", models.CharField(max_length=100, verbose_name="item")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                (
                    "template",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="items",
                        to="handover.checklisttemplate",
                        verbose_name="checklist template",
                    ),
                ),
                (
                    "label_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=140,
                        verbose_name="item (English)",
                    ),
                ),
                (
                    "label_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=100,
                        verbose_name="item (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "checklist item",
                "verbose_name_plural": "checklist items",
                "ordering": ["template", "sort_order", "pk"],
            },
        ),
        migrations.CreateModel(
            name="Equipment",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("wheelchair", "Wheelchair"),
                            ("trolley", "Trolley / stretcher"),
                            ("umbrella", "Umbrella"),
                            ("other", "Other"),
                        ],
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        help_text="The number painted on it, e.g. WC-03.",
                        max_length=40,
                        verbose_name="label",
                    ),
                ),
                ("is_active", models.BooleanField(default=True, verbose_name="in service")),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="equipment",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
            ],
            options={
                "verbose_name": "equipment",
                "verbose_name_plural": "equipment",
                "ordering": ["desk", "kind", "label"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("desk", "label"), name="equipment_label_unique_per_desk"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="EquipmentLoan",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "borrower_name",
                    models.CharField(blank=True, max_length=60, verbose_name="borrower"),
                ),
                ("lent_at", models.DateTimeField(verbose_name="lent at")),
                (
                    "due_back_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="due back at"),
                ),
                (
                    "returned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="returned at"),
                ),
                (
                    "equipment",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="loans",
                        to="handover.equipment",
                        verbose_name="equipment",
                    ),
                ),
                (
                    "lent_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="lent by",
                    ),
                ),
                (
                    "returned_to",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="returned to",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="loans",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
                (
                    "borrower_kind",
                    models.CharField(
                        choices=[("visitor", "Visitor"), ("staff", "Staff")],
                        default="visitor",
                        max_length=8,
                        verbose_name="lent to",
                    ),
                ),
            ],
            options={
                "verbose_name": "equipment loan",
                "verbose_name_plural": "equipment loans",
                "ordering": ["-lent_at"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("returned_at__isnull", True)),
                        fields=["lent_at"],
                        name="equipment_loan_open_idx",
                    ),
                    models.Index(
                        condition=models.Q(("returned_at__isnull", True)),
                        fields=["due_back_at"],
                        name="equipment_loan_due_idx",
                    ),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("returned_at__isnull", True)),
                        fields=("equipment",),
                        name="equipment_one_open_loan",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("returned_at__isnull", True),
                            ("returned_at__gte", models.F("lent_at")),
                            _connector="OR",
                        ),
                        name="equipment_loan_returned_after_lent",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(("borrower_kind__in", ["visitor", "staff"])),
                        name="equipment_loan_borrower_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("visit__isnull", False),
                            models.Q(("borrower_name", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="equipment_loan_has_borrower",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("due_back_at__isnull", True),
                            ("due_back_at__gte", models.F("lent_at")),
                            _connector="OR",
                        ),
                        name="equipment_loan_due_after_lent",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Escort",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "guide_name",
                    models.CharField(
                        blank=True,
                        help_text="A floor guide who continues the escort without a login of their own.",
                        max_length=60,
                        verbose_name="guide's name",
                    ),
                ),
                (
                    "started_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="started at"
                    ),
                ),
                (
                    "arrived_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="arrived at"),
                ),
                (
                    "destination",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="hospital.department",
                        verbose_name="destination",
                    ),
                ),
                (
                    "guide",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="escorts",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="guide",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="escorts",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
            ],
            options={
                "verbose_name": "escort",
                "verbose_name_plural": "escorts",
                "ordering": ["started_at", "pk"],
                "indexes": [models.Index(fields=["visit", "started_at"], name="escort_visit_idx")],
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("arrived_at__isnull", True)),
                        fields=("visit",),
                        name="escort_one_open_per_visit",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("arrived_at__isnull", True),
                            ("arrived_at__gte", models.F("started_at")),
                            _connector="OR",
                        ),
                        name="escort_arrived_after_started",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("guide__isnull", False),
                            models.Q(("guide_name", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="escort_has_a_guide",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="Handoff",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("receiver_name", models.CharField(max_length=60, verbose_name="received by")),
                (
                    "receiver_role",
                    models.CharField(
                        choices=[
                            ("floor_guide", "Floor guide"),
                            ("nurse", "Nurse"),
                            ("doctor", "Doctor"),
                            ("other", "Other"),
                        ],
                        max_length=12,
                        verbose_name="their role",
                    ),
                ),
                (
                    "receiver_title",
                    models.CharField(
                        blank=True,
                        help_text="E.g. charge nurse, attending.",
                        max_length=40,
                        verbose_name="their title",
                    ),
                ),
                ("situation", models.TextField(blank=True, verbose_name="situation")),
                ("special_needs", models.TextField(blank=True, verbose_name="special needs")),
                ("promised", models.TextField(blank=True, verbose_name="what was promised")),
                (
                    "handed_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="handed over at"
                    ),
                ),
                (
                    "escort",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="handoff",
                        to="handover.escort",
                        verbose_name="escort",
                    ),
                ),
                (
                    "receiver_user",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="receiver's login",
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recorded by",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="handoffs",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
            ],
            options={
                "verbose_name": "handoff",
                "verbose_name_plural": "handoffs",
                "ordering": ["handed_at", "pk"],
                "indexes": [models.Index(fields=["visit", "handed_at"], name="handoff_visit_idx")],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("receiver_role__in", ["floor_guide", "nurse", "doctor", "other"])
                        ),
                        name="handoff_receiver_role_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Shift",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=40, verbose_name="name")),
                ("starts_at", models.TimeField(verbose_name="starts at")),
                ("ends_at", models.TimeField(verbose_name="ends at")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                ("is_active", models.BooleanField(default=True, verbose_name="active")),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="shifts",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=60,
                        verbose_name="name (English)",
                    ),
                ),
                (
                    "name_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=40,
                        verbose_name="name (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "shift",
                "verbose_name_plural": "shifts",
                "ordering": ["desk", "sort_order", "starts_at"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("desk", "name"), name="shift_name_unique_per_desk"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="HandoverSheet",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("date", models.DateField(verbose_name="date")),
                ("work_log", models.TextField(blank=True, verbose_name="work log")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Being written"),
                            ("awaiting", "Awaiting acceptance"),
                            ("refused", "Refused"),
                            ("accepted", "Accepted"),
                            ("countersigned", "Countersigned"),
                        ],
                        default="draft",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                (
                    "pending",
                    models.JSONField(blank=True, default=dict, verbose_name="pending items"),
                ),
                (
                    "signed_out_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="signed by the outgoing at"
                    ),
                ),
                (
                    "accepted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="accepted at"),
                ),
                ("refusal_reason", models.TextField(blank=True, verbose_name="reason for refusal")),
                (
                    "countersigned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="countersigned at"),
                ),
                ("created_at", models.DateTimeField(auto_now_add=True, verbose_name="created at")),
                (
                    "version",
                    models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
                ),
                (
                    "countersigned_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="countersigned by",
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="handover_sheets",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "incoming",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="incoming staff",
                    ),
                ),
                (
                    "outgoing",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="outgoing staff",
                    ),
                ),
                (
                    "shift",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="sheets",
                        to="handover.shift",
                        verbose_name="shift",
                    ),
                ),
            ],
            options={
                "verbose_name": "handover sheet",
                "verbose_name_plural": "handover sheets",
                "ordering": ["-date", "desk", "shift__sort_order"],
                "indexes": [
                    models.Index(fields=["date", "desk"], name="handover_sheet_day_idx"),
                    models.Index(fields=["status", "date"], name="handover_sheet_status_idx"),
                ],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("desk", "shift", "date"), name="handover_sheet_one_per_shift"
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            (
                                "status__in",
                                ["draft", "awaiting", "refused", "accepted", "countersigned"],
                            )
                        ),
                        name="handover_sheet_status_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("status", "countersigned"), _negated=True),
                            models.Q(
                                ("accepted_at__isnull", False), ("countersigned_at__isnull", False)
                            ),
                            _connector="OR",
                        ),
                        name="handover_sheet_countersigned_after_acceptance",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("incoming__isnull", True),
                            models.Q(("incoming", models.F("outgoing")), _negated=True),
                            _connector="OR",
                        ),
                        name="handover_sheet_incoming_not_outgoing",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="ChecklistEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("label", models.CharField(max_length=100, verbose_name="item")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                (
                    "mark",
                    models.CharField(
                        blank=True,
                        choices=[("ok", "✓"), ("fault", "×"), ("na", "n/a")],
                        max_length=5,
                        verbose_name="mark",
                    ),
                ),
                ("comment", models.CharField(blank=True, max_length=200, verbose_name="comment")),
                (
                    "sheet",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="checklist",
                        to="handover.handoversheet",
                        verbose_name="handover sheet",
                    ),
                ),
                (
                    "label_en",
                    models.CharField(blank=True, max_length=140, verbose_name="item (English)"),
                ),
                (
                    "label_zh_hant",
                    models.CharField(
                        blank=True, max_length=100, verbose_name="item (Traditional Chinese)"
                    ),
                ),
            ],
            options={
                "verbose_name": "checklist entry",
                "verbose_name_plural": "checklist entries",
                "ordering": ["sheet", "sort_order", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("mark__in", ["", "ok", "fault", "na"])),
                        name="checklist_entry_mark_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="HandoverTask",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(verbose_name="what to do")),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="created at"
                    ),
                ),
                ("done_at", models.DateTimeField(blank=True, null=True, verbose_name="done at")),
                (
                    "created_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="created by",
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="handover_tasks",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "done_by",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="done by",
                    ),
                ),
            ],
            options={
                "verbose_name": "task",
                "verbose_name_plural": "tasks",
                "ordering": ["done_at", "-created_at"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("done_at__isnull", True)),
                        fields=["desk", "created_at"],
                        name="handover_task_open_idx",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="AfterHoursEntry",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("complaint", "Complaint"), ("request", "Service request")],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "received_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="received at"
                    ),
                ),
                ("caller_name", models.CharField(blank=True, max_length=60, verbose_name="name")),
                ("caller_phone", models.CharField(blank=True, max_length=20, verbose_name="phone")),
                ("text", models.TextField(verbose_name="what they said")),
                (
                    "is_urgent",
                    models.BooleanField(
                        default=False,
                        help_text="Urgent matters are also reported to the managers at once.",
                        verbose_name="urgent",
                    ),
                ),
                (
                    "complaint_id",
                    models.PositiveBigIntegerField(blank=True, null=True, verbose_name="complaint"),
                ),
                (
                    "book",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="entries",
                        to="handover.afterhoursbook",
                        verbose_name="after-hours book",
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recorded by",
                    ),
                ),
                (
                    "task",
                    models.OneToOneField(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="entry",
                        to="handover.handovertask",
                        verbose_name="task",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        editable=False,
                        null=True,
                        unique=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "after-hours entry",
                "verbose_name_plural": "after-hours entries",
                "ordering": ["book", "received_at", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("kind__in", ["complaint", "request"])),
                        name="after_hours_entry_kind_valid",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalAfterHoursBook",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("night_of", models.DateField(verbose_name="night of")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("with_security", "With the security desk"),
                            ("returned", "Back at the desk"),
                        ],
                        default="with_security",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                ("handed_over_at", models.DateTimeField(verbose_name="handed over at")),
                ("note_to_security", models.TextField(blank=True, verbose_name="note to security")),
                (
                    "taken_back_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="taken back at"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "handed_over_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="handed over by",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "taken_back_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="taken back by",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical after-hours book",
                "verbose_name_plural": "historical after-hours books",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalAfterHoursEntry",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[("complaint", "Complaint"), ("request", "Service request")],
                        max_length=10,
                        verbose_name="kind",
                    ),
                ),
                (
                    "received_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="received at"
                    ),
                ),
                ("caller_name", models.CharField(blank=True, max_length=60, verbose_name="name")),
                ("caller_phone", models.CharField(blank=True, max_length=20, verbose_name="phone")),
                ("text", models.TextField(verbose_name="what they said")),
                (
                    "is_urgent",
                    models.BooleanField(
                        default=False,
                        help_text="Urgent matters are also reported to the managers at once.",
                        verbose_name="urgent",
                    ),
                ),
                (
                    "complaint_id",
                    models.PositiveBigIntegerField(blank=True, null=True, verbose_name="complaint"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "book",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.afterhoursbook",
                        verbose_name="after-hours book",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recorded by",
                    ),
                ),
                (
                    "task",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.handovertask",
                        verbose_name="task",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        db_index=True,
                        editable=False,
                        null=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical after-hours entry",
                "verbose_name_plural": "historical after-hours entries",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalChecklistEntry",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("label", models.CharField(max_length=100, verbose_name="item")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                (
                    "mark",
                    models.CharField(
                        blank=True,
                        choices=[("ok", "✓"), ("fault", "×"), ("na", "n/a")],
                        max_length=5,
                        verbose_name="mark",
                    ),
                ),
                ("comment", models.CharField(blank=True, max_length=200, verbose_name="comment")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sheet",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.handoversheet",
                        verbose_name="handover sheet",
                    ),
                ),
                (
                    "label_en",
                    models.CharField(blank=True, max_length=140, verbose_name="item (English)"),
                ),
                (
                    "label_zh_hant",
                    models.CharField(
                        blank=True, max_length=100, verbose_name="item (Traditional Chinese)"
                    ),
                ),
            ],
            options={
                "verbose_name": "historical checklist entry",
                "verbose_name_plural": "historical checklist entries",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalChecklistTemplate",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=60, verbose_name="name")),
                ("is_active", models.BooleanField(default=True, verbose_name="active")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        help_text="Leave empty for the list every desk uses unless it has its own.",
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical checklist template",
                "verbose_name_plural": "historical checklist templates",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalChecklistTemplateItem",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("label", models.CharField(max_length=100, verbose_name="item")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "template",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.checklisttemplate",
                        verbose_name="checklist template",
                    ),
                ),
                (
                    "label_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=140,
                        verbose_name="item (English)",
                    ),
                ),
                (
                    "label_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=100,
                        verbose_name="item (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical checklist item",
                "verbose_name_plural": "historical checklist items",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalEquipment",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("wheelchair", "Wheelchair"),
                            ("trolley", "Trolley / stretcher"),
                            ("umbrella", "Umbrella"),
                            ("other", "Other"),
                        ],
                        max_length=12,
                        verbose_name="kind",
                    ),
                ),
                (
                    "label",
                    models.CharField(
                        help_text="The number painted on it, e.g. WC-03.",
                        max_length=40,
                        verbose_name="label",
                    ),
                ),
                ("is_active", models.BooleanField(default=True, verbose_name="in service")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical equipment",
                "verbose_name_plural": "historical equipment",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalEquipmentLoan",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "borrower_name",
                    models.CharField(blank=True, max_length=60, verbose_name="borrower"),
                ),
                ("lent_at", models.DateTimeField(verbose_name="lent at")),
                (
                    "due_back_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="due back at"),
                ),
                (
                    "returned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="returned at"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "equipment",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.equipment",
                        verbose_name="equipment",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "lent_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="lent by",
                    ),
                ),
                (
                    "returned_to",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="returned to",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
                (
                    "borrower_kind",
                    models.CharField(
                        choices=[("visitor", "Visitor"), ("staff", "Staff")],
                        default="visitor",
                        max_length=8,
                        verbose_name="lent to",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical equipment loan",
                "verbose_name_plural": "historical equipment loans",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalEscort",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "guide_name",
                    models.CharField(
                        blank=True,
                        help_text="A floor guide who continues the escort without a login of their own.",
                        max_length=60,
                        verbose_name="guide's name",
                    ),
                ),
                (
                    "started_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="started at"
                    ),
                ),
                (
                    "arrived_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="arrived at"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "continues",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.handoff",
                        verbose_name="continues after handoff",
                    ),
                ),
                (
                    "destination",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.department",
                        verbose_name="destination",
                    ),
                ),
                (
                    "guide",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="guide",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical escort",
                "verbose_name_plural": "historical escorts",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalHandoff",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("receiver_name", models.CharField(max_length=60, verbose_name="received by")),
                (
                    "receiver_role",
                    models.CharField(
                        choices=[
                            ("floor_guide", "Floor guide"),
                            ("nurse", "Nurse"),
                            ("doctor", "Doctor"),
                            ("other", "Other"),
                        ],
                        max_length=12,
                        verbose_name="their role",
                    ),
                ),
                (
                    "receiver_title",
                    models.CharField(
                        blank=True,
                        help_text="E.g. charge nurse, attending.",
                        max_length=40,
                        verbose_name="their title",
                    ),
                ),
                ("situation", models.TextField(blank=True, verbose_name="situation")),
                ("special_needs", models.TextField(blank=True, verbose_name="special needs")),
                ("promised", models.TextField(blank=True, verbose_name="what was promised")),
                (
                    "handed_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="handed over at"
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "escort",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.escort",
                        verbose_name="escort",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "receiver_user",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="receiver's login",
                    ),
                ),
                (
                    "recorded_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="recorded by",
                    ),
                ),
                (
                    "visit",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="reception.visit",
                        verbose_name="visit",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical handoff",
                "verbose_name_plural": "historical handoffs",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalHandoverTask",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(verbose_name="what to do")),
                (
                    "created_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="created at"
                    ),
                ),
                ("done_at", models.DateTimeField(blank=True, null=True, verbose_name="done at")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "created_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="created by",
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "done_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="done by",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
            ],
            options={
                "verbose_name": "historical task",
                "verbose_name_plural": "historical tasks",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalKey",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        help_text="The number on the tag.", max_length=20, verbose_name="tag"
                    ),
                ),
                ("door", models.CharField(max_length=80, verbose_name="door or room")),
                (
                    "copies",
                    models.PositiveSmallIntegerField(
                        default=1,
                        help_text="Damaged or lost copies are taken off.",
                        verbose_name="copies in service",
                    ),
                ),
                (
                    "lock_change_required",
                    models.BooleanField(default=False, verbose_name="lock to be changed"),
                ),
                (
                    "lock_change_reported_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="lock change requested at"
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "door_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=120,
                        verbose_name="door or room (English)",
                    ),
                ),
                (
                    "door_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=80,
                        verbose_name="door or room (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical key",
                "verbose_name_plural": "historical keys",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalSheetAddendum",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(verbose_name="addendum")),
                (
                    "written_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="written at"
                    ),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "sheet",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.handoversheet",
                        verbose_name="handover sheet",
                    ),
                ),
                (
                    "written_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="written by",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        db_index=True,
                        editable=False,
                        null=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical addendum",
                "verbose_name_plural": "historical addenda",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="HistoricalShift",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=40, verbose_name="name")),
                ("starts_at", models.TimeField(verbose_name="starts at")),
                ("ends_at", models.TimeField(verbose_name="ends at")),
                (
                    "sort_order",
                    models.PositiveSmallIntegerField(default=0, verbose_name="sort order"),
                ),
                ("is_active", models.BooleanField(default=True, verbose_name="active")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "name_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=60,
                        verbose_name="name (English)",
                    ),
                ),
                (
                    "name_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=40,
                        verbose_name="name (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical shift",
                "verbose_name_plural": "historical shifts",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="Key",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "code",
                    models.CharField(
                        help_text="The number on the tag.", max_length=20, verbose_name="tag"
                    ),
                ),
                ("door", models.CharField(max_length=80, verbose_name="door or room")),
                (
                    "copies",
                    models.PositiveSmallIntegerField(
                        default=1,
                        help_text="Damaged or lost copies are taken off.",
                        verbose_name="copies in service",
                    ),
                ),
                (
                    "lock_change_required",
                    models.BooleanField(default=False, verbose_name="lock to be changed"),
                ),
                (
                    "lock_change_reported_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="lock change requested at"
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="keys",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "door_en",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, the Chinese is shown to English readers.",
                        max_length=120,
                        verbose_name="door or room (English)",
                    ),
                ),
                (
                    "door_zh_hant",
                    models.CharField(
                        blank=True,
                        help_text="Left empty, it is converted from the Simplified Chinese when saved.",
                        max_length=80,
                        verbose_name="door or room (Traditional Chinese)",
                    ),
                ),
            ],
            options={
                "verbose_name": "key",
                "verbose_name_plural": "keys",
                "ordering": ["desk", "code"],
                "constraints": [
                    models.UniqueConstraint(
                        fields=("desk", "code"), name="key_code_unique_per_desk"
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalKeyLoan",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("issued_to", models.CharField(max_length=60, verbose_name="issued to")),
                ("purpose", models.CharField(max_length=120, verbose_name="purpose")),
                ("issued_at", models.DateTimeField(verbose_name="issued at")),
                ("due_back_at", models.DateTimeField(verbose_name="due back at")),
                (
                    "returned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="returned at"),
                ),
                (
                    "condition",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("good", "Good"),
                            ("damaged", "Damaged — withdrawn"),
                            ("lost", "Lost"),
                        ],
                        max_length=8,
                        verbose_name="condition",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="note")),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "issued_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="issued by",
                    ),
                ),
                (
                    "returned_to",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="returned to",
                    ),
                ),
                (
                    "key",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.key",
                        verbose_name="key",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        db_index=True,
                        editable=False,
                        null=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical key loan",
                "verbose_name_plural": "historical key register",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name="KeyLoan",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("issued_to", models.CharField(max_length=60, verbose_name="issued to")),
                ("purpose", models.CharField(max_length=120, verbose_name="purpose")),
                ("issued_at", models.DateTimeField(verbose_name="issued at")),
                ("due_back_at", models.DateTimeField(verbose_name="due back at")),
                (
                    "returned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="returned at"),
                ),
                (
                    "condition",
                    models.CharField(
                        blank=True,
                        choices=[
                            ("good", "Good"),
                            ("damaged", "Damaged — withdrawn"),
                            ("lost", "Lost"),
                        ],
                        max_length=8,
                        verbose_name="condition",
                    ),
                ),
                ("note", models.CharField(blank=True, max_length=200, verbose_name="note")),
                (
                    "issued_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="issued by",
                    ),
                ),
                (
                    "key",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="loans",
                        to="handover.key",
                        verbose_name="key",
                    ),
                ),
                (
                    "returned_to",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="returned to",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        editable=False,
                        null=True,
                        unique=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "key loan",
                "verbose_name_plural": "key register",
                "ordering": ["-issued_at"],
                "indexes": [
                    models.Index(
                        condition=models.Q(("returned_at__isnull", True)),
                        fields=["key", "issued_at"],
                        name="key_loan_open_idx",
                    )
                ],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(("condition__in", ["", "good", "damaged", "lost"])),
                        name="key_loan_condition_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("condition", ""), ("returned_at__isnull", True)),
                            models.Q(
                                ("returned_at__isnull", False),
                                models.Q(("condition", ""), _negated=True),
                            ),
                            _connector="OR",
                        ),
                        name="key_loan_closed_with_condition",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            ("returned_at__isnull", True),
                            ("returned_at__gte", models.F("issued_at")),
                            _connector="OR",
                        ),
                        name="key_loan_returned_after_issued",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="SheetAddendum",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("text", models.TextField(verbose_name="addendum")),
                (
                    "written_at",
                    models.DateTimeField(
                        default=django.utils.timezone.now, verbose_name="written at"
                    ),
                ),
                (
                    "sheet",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="addenda",
                        to="handover.handoversheet",
                        verbose_name="handover sheet",
                    ),
                ),
                (
                    "written_by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="written by",
                    ),
                ),
                (
                    "form_token",
                    models.UUIDField(
                        blank=True,
                        editable=False,
                        null=True,
                        unique=True,
                        verbose_name="form token",
                    ),
                ),
            ],
            options={
                "verbose_name": "addendum",
                "verbose_name_plural": "addenda",
                "ordering": ["sheet", "written_at", "pk"],
            },
        ),
        migrations.CreateModel(
            name="SheetEvent",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "kind",
                    models.CharField(
                        choices=[
                            ("signed_out", "Signed by the outgoing"),
                            ("accepted", "Accepted by the incoming"),
                            ("refused", "Refused by the incoming"),
                            ("countersigned", "Countersigned by the shift lead"),
                        ],
                        max_length=14,
                        verbose_name="kind",
                    ),
                ),
                ("at", models.DateTimeField(default=django.utils.timezone.now, verbose_name="at")),
                ("reason", models.TextField(blank=True, verbose_name="reason")),
                (
                    "by",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="by",
                    ),
                ),
                (
                    "sheet",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="events",
                        to="handover.handoversheet",
                        verbose_name="handover sheet",
                    ),
                ),
            ],
            options={
                "verbose_name": "signature",
                "verbose_name_plural": "signatures",
                "ordering": ["sheet", "at", "pk"],
                "constraints": [
                    models.CheckConstraint(
                        condition=models.Q(
                            ("kind__in", ["signed_out", "accepted", "refused", "countersigned"])
                        ),
                        name="sheet_event_kind_valid",
                    ),
                    models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("kind", "refused"), _negated=True),
                            models.Q(("reason", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="sheet_event_refusal_has_reason",
                    ),
                ],
            },
        ),
        migrations.CreateModel(
            name="HistoricalHandoverSheet",
            fields=[
                (
                    "id",
                    models.BigIntegerField(
                        auto_created=True, blank=True, db_index=True, verbose_name="ID"
                    ),
                ),
                ("date", models.DateField(verbose_name="date")),
                ("work_log", models.TextField(blank=True, verbose_name="work log")),
                (
                    "status",
                    models.CharField(
                        choices=[
                            ("draft", "Being written"),
                            ("awaiting", "Awaiting acceptance"),
                            ("refused", "Refused"),
                            ("accepted", "Accepted"),
                            ("countersigned", "Countersigned"),
                        ],
                        default="draft",
                        max_length=14,
                        verbose_name="status",
                    ),
                ),
                (
                    "pending",
                    models.JSONField(blank=True, default=dict, verbose_name="pending items"),
                ),
                (
                    "signed_out_at",
                    models.DateTimeField(
                        blank=True, null=True, verbose_name="signed by the outgoing at"
                    ),
                ),
                (
                    "accepted_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="accepted at"),
                ),
                ("refusal_reason", models.TextField(blank=True, verbose_name="reason for refusal")),
                (
                    "countersigned_at",
                    models.DateTimeField(blank=True, null=True, verbose_name="countersigned at"),
                ),
                (
                    "created_at",
                    models.DateTimeField(blank=True, editable=False, verbose_name="created at"),
                ),
                (
                    "version",
                    models.PositiveIntegerField(default=1, editable=False, verbose_name="version"),
                ),
                ("history_id", models.AutoField(primary_key=True, serialize=False)),
                ("history_date", models.DateTimeField(db_index=True)),
                ("history_change_reason", models.CharField(max_length=100, null=True)),
                (
                    "history_type",
                    models.CharField(
                        choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")], max_length=1
                    ),
                ),
                (
                    "countersigned_by",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="countersigned by",
                    ),
                ),
                (
                    "desk",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="hospital.desk",
                        verbose_name="desk",
                    ),
                ),
                (
                    "history_user",
                    models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                (
                    "incoming",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="incoming staff",
                    ),
                ),
                (
                    "outgoing",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="outgoing staff",
                    ),
                ),
                (
                    "shift",
                    models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="handover.shift",
                        verbose_name="shift",
                    ),
                ),
            ],
            options={
                "verbose_name": "historical handover sheet",
                "verbose_name_plural": "historical handover sheets",
                "ordering": ("-history_date", "-history_id"),
                "get_latest_by": ("history_date", "history_id"),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.AddField(
            model_name="escort",
            name="continues",
            field=models.OneToOneField(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="continued_by",
                to="handover.handoff",
                verbose_name="continues after handoff",
            ),
        ),
    ]
