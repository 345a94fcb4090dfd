"""The hospital layer's demo data for `seed_demo`: directory, desks, one named user per role."""

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from hospital.directory import load_default_departments
from hospital.models import Department, Desk, StaffProfile
from hospital.roles import ADMIN_ROLES, Role

# username, password, role ("admin" = superuser), full name. Published in the README: demo only.
DEMO_USERS = [
    ("guide", "guide-demo-2026", Role.GUIDE, "王小雨"),
    ("guide2", "guide-demo-2026", Role.GUIDE, "李晓婷"),
    ("manager", "manager-demo-2026", Role.DEPARTMENT_MANAGER, "张主任"),
    ("supervisor", "supervisor-demo-2026", Role.SUPERVISOR, "陈领班"),
    ("security", "security-demo-2026", Role.SECURITY_DESK, "刘保安"),
    ("admin", "admin-demo-2026", "admin", "系统管理员"),
]

DEMO_DESKS = [
    ("main-hall", "门诊大厅导医台", "门诊楼", "1F", "8001"),
    ("inpatient", "住院楼服务台", "住院楼", "1F", "8002"),
]
# The English the administrator would type beside the Chinese (zh-hant is converted).
DEMO_ENGLISH = {
    "门诊大厅导医台": "Outpatient hall desk",
    "住院楼服务台": "Inpatient building desk",
    "门诊楼": "Outpatient building",
    "住院楼": "Inpatient building",
    "急诊楼": "Emergency building",
    "发热门诊楼": "Fever clinic building",
    "医技楼": "Diagnostics building",
}

# Where the demo hospital's departments are, so that routing shows a real place to go.
DEMO_LOCATIONS = {
    "ER": ("急诊楼", "1F", "101", "120"),
    "FEVER": ("发热门诊楼", "1F", "", "8110"),
    "GP": ("门诊楼", "2F", "201", "8201"),
    "GI": ("门诊楼", "3F", "305", "8305"),
    "CARD": ("门诊楼", "3F", "310", "8310"),
    "RESP": ("门诊楼", "3F", "320", "8320"),
    "PED": ("门诊楼", "4F", "401", "8401"),
    "GYN": ("门诊楼", "5F", "501", "8501"),
    "OB": ("门诊楼", "5F", "510", "8510"),
    "LAB": ("门诊楼", "1F", "120", "8120"),
    "IMG": ("医技楼", "1F", "", "8600"),
    "BILL": ("门诊楼", "1F", "", "8100"),
    "PHARM": ("门诊楼", "1F", "", "8130"),
    "CS": ("门诊楼", "1F", "", "8000"),
    "ADMIT": ("住院楼", "1F", "", "8700"),
}

MANAGED_BY_DEMO_MANAGER = ["GI", "CARD"]

# Everyone's home desk is the main hall; these guides also work at (and read) other desks.
DEMO_EXTRA_DESKS = {"guide2": ["inpatient"]}


def seed(
    *,
    stdout: Any,
    style: Any,
    days: int = 0,
    visits_per_day: int = 0,
    volume: bool = False,
) -> None:
    """Create the directory, the desks and the demo users (idempotent); no volume of its own."""
    load_default_departments(Department)
    for department in Department.objects.filter(code__in=DEMO_LOCATIONS, building=""):
        building, floor, room, extension = DEMO_LOCATIONS[department.code]
        department.building, department.floor, department.room = building, floor, room
        department.building_en = DEMO_ENGLISH.get(building, "")
        department.phone_extension = extension
        around_the_clock = department.code in {"ER", "FEVER"}
        department.opening_hours = "24 小时" if around_the_clock else "周一至周日 08:00–17:30"
        department.save()
    desks = []
    for code, name, building, floor, extension in DEMO_DESKS:
        desk, _ = Desk.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "name_en": DEMO_ENGLISH.get(name, ""),
                "building": building,
                "floor": floor,
                "phone_extension": extension,
            },
        )
        desks.append(desk)

    user_model = get_user_model()
    for username, password, role, full_name in DEMO_USERS:
        user, created = user_model.objects.get_or_create(username=username)
        if created:
            user.first_name = full_name
            user.set_password(password)
        user.is_superuser = role == "admin"
        user.is_staff = role == "admin" or role in ADMIN_ROLES
        user.save()
        if role != "admin":
            user.groups.add(Group.objects.get(name=role))
        profile, _ = StaffProfile.objects.get_or_create(user=user, defaults={"home_desk": desks[0]})
        profile.desks.add(*[d for d in desks if d.code in DEMO_EXTRA_DESKS.get(username, [])])
        if role == Role.DEPARTMENT_MANAGER:
            for department in Department.objects.filter(code__in=MANAGED_BY_DEMO_MANAGER):
                department.managers.add(user)
    stdout.write(
        style.SUCCESS(f"Directory: {Department.objects.count()} departments, {len(desks)} desks.")
    )
