"""Fill the helpdesk reference once: a staff user, ten queues, N tickets with their opening
follow-up (what helpdesk writes when a ticket is opened), the newest 2 % open and the rest
closed, like the complaints (2 % open). Run by `prepare.py` with the helpdesk venv's
interpreter; does nothing when tickets are already there (drop the database to refill)."""

import argparse
import os
import sys

import django


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--username", default="bench")
    parser.add_argument("--password", default="bench-2026")
    args = parser.parse_args()
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hdsite.settings")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.db import connection, transaction
    from helpdesk.models import Queue, Ticket

    users = get_user_model().objects
    user = users.filter(username=args.username).first()
    if user is None:
        user = users.create_superuser(args.username, f"{args.username}@example.org", args.password)
    if Ticket.objects.exists():
        print(f"helpdesk: {Ticket.objects.count():,} tickets already there")
        return
    queues = [
        Queue.objects.get_or_create(slug=f"q{n}", defaults={"title": f"队列 {n}"})[0]
        for n in range(1, 11)
    ]
    first_queue = min(q.pk for q in queues)
    # As in the complaint data: the newest 2 % still open, the rest closed (the list shows the open).
    open_tickets = args.tickets * 2 // 100
    # One INSERT … SELECT: the ORM would take minutes for 100 k rows and adds nothing measured.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            """
            INSERT INTO helpdesk_ticket (title, created, modified, submitter_email, status,
                on_hold, description, resolution, priority, due_date, assigned_to_id, queue_id,
                secret_key)
            SELECT '投诉 ' || i || '：候诊时间过长，服务态度需要改进',
                now() - i * interval '5 minutes', now() - i * interval '4 minutes',
                'visitor' || i || '@example.org', CASE WHEN i <= %s THEN 1 ELSE 4 END, false,
                '患者家属反映挂号后等候时间过长，导医台未能及时解释原因。', '', 1 + i %% 5,
                CASE WHEN i %% 3 = 0 THEN now() + (i %% 10) * interval '1 day' END,
                CASE WHEN i %% 2 = 0 THEN %s END, %s + i %% 10, md5(i::text)
            FROM generate_series(1, %s) AS i
            """,
            [open_tickets, user.pk, first_queue, args.tickets],
        )
        cursor.execute(
            """
            INSERT INTO helpdesk_followup (date, title, comment, public, new_status, ticket_id,
                user_id)
            SELECT created, '工单已创建', description, true, 1, id, %s FROM helpdesk_ticket
            """,
            [user.pk],
        )
        cursor.execute("ANALYZE helpdesk_ticket; ANALYZE helpdesk_followup")
    print(f"helpdesk: {Ticket.objects.count():,} tickets made")


if __name__ == "__main__":
    main()
