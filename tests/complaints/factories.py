import datetime as dt
from zoneinfo import ZoneInfo

from complaints.models import Complaint
from complaints.services import complaint_receive
from hospital.models import Department

SHANGHAI = ZoneInfo("Asia/Shanghai")


def at(y: int, m: int, d: int, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hour, minute, tzinfo=SHANGHAI)


def make_complaint(*, received_by, departments=("GI",), **kwargs) -> Complaint:
    """Receive a complaint through the service, concerning the departments with these codes."""
    values = {
        "received_at": kwargs.pop("received_at", None) or dt.datetime.now(dt.UTC),
        "channel": Complaint.Channel.IN_PERSON,
        "description": "挂号窗口工作人员态度恶劣。",
        "complainant_name": "赵先生",
        "contact": "13812345678",
        "category": Complaint.Category.ATTITUDE,
    }
    values.update(kwargs)
    return complaint_receive(
        received_by=received_by,
        departments=list(Department.objects.filter(code__in=departments)),
        **values,
    )
