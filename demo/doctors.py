"""The doctor directory's demo data for `seed_demo`: specialities and a week of clinics."""

from typing import Any

from doctors.models import ClinicSession, Doctor, Speciality, Title
from hospital.localized import fill_traditional
from hospital.models import Department

# name, English, routing concepts
SPECIALITIES = [
    ("关节外科", "Joint surgery", "part_spine_joint condition_ortho"),
    ("脊柱外科", "Spine surgery", "part_spine_joint"),
    ("消化内镜", "Digestive endoscopy", "condition_gi part_belly"),
    ("冠心病", "Coronary heart disease", "condition_card part_heart"),
    ("糖尿病", "Diabetes", "condition_endo"),
    ("哮喘与慢阻肺", "Asthma and COPD", "condition_resp shortness_of_breath"),
    ("头痛与癫痫", "Headache and epilepsy", "condition_neuro seizure"),
    ("小儿呼吸", "Children's breathing", "condition_ped"),
    ("湿疹与皮炎", "Eczema and dermatitis", "condition_derm"),
]

# name, English, title, department code, specialities, sessions ("0am": Monday morning)
DOCTORS = [
    ("王建国", "Wang Jianguo", Title.CHIEF, "ORTHO", ["关节外科"], ["1am", "3pm"]),
    ("赵立新", "Zhao Lixin", Title.ATTENDING, "ORTHO", ["脊柱外科", "关节外科"], ["0pm", "4am"]),
    ("陈美玲", "Chen Meiling", Title.ASSOCIATE_CHIEF, "GI", ["消化内镜"], ["0am", "2pm"]),
    ("刘志强", "Liu Zhiqiang", Title.CHIEF, "CARD", ["冠心病"], ["1pm", "3am"]),
    ("孙丽华", "Sun Lihua", Title.ATTENDING, "ENDO", ["糖尿病"], ["2am", "4pm"]),
    ("周海涛", "Zhou Haitao", Title.ASSOCIATE_CHIEF, "RESP", ["哮喘与慢阻肺"], ["0am", "3pm"]),
    ("吴静", "Wu Jing", Title.ATTENDING, "NEURO", ["头痛与癫痫"], ["1am", "4am"]),
    ("郑晓燕", "Zheng Xiaoyan", Title.CHIEF, "PED", ["小儿呼吸"], ["0pm", "2am", "5am"]),
    ("黄文斌", "Huang Wenbin", Title.RESIDENT, "DERM", ["湿疹与皮炎"], ["3am"]),
]


def seed(*, stdout: Any, style: Any, **_options: Any) -> None:
    """Load the demo directory once (a second run finds it and changes nothing)."""
    specialities = {}
    for name, english, concepts in SPECIALITIES:
        speciality, _created = Speciality.objects.get_or_create(
            name=name, defaults={"name_en": english, "concepts": concepts}
        )
        fill_traditional(speciality)
        speciality.save()
        specialities[name] = speciality
    departments = Department.objects.in_bulk([row[3] for row in DOCTORS], field_name="code")
    added = 0
    for name, english, title, code, names, sessions in DOCTORS:
        department = departments.get(code)
        if department is None or Doctor.objects.filter(name=name, department=department).exists():
            continue
        doctor = Doctor(name=name, name_en=english, title=title, department=department)
        fill_traditional(doctor)
        doctor.save()
        doctor.specialities.set([specialities[n] for n in names])
        for session in sessions:
            ClinicSession.objects.create(
                doctor=doctor, weekday=int(session[0]), half_day=session[1:]
            )
        added += 1
    stdout.write(style.SUCCESS(f"Doctor directory: {added} doctors added."))
