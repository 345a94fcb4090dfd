"""Four days written blind and held out until the code of `2a3f6cd` was measured on them (a hot
Sunday by a lake and a water park, the first day of a holiday at a motorway hub, exam week at a
university, a Thursday of the chronic-disease clinics; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read: top-1 48, 54, 56 and 54 of 60 (212 of 240,
88.3 %), 76 of 80 emergencies (95.0 %), 6 false alarms of 160 (3.8 %). Read then: 227, 80 and 3
(the floors below).

Red flags: a face and an arm burnt in a flash fire, said with 烧 ("烧掉皮了"); a thigh "bent the
wrong way" or "at a funny angle"; potassium high said as 钾离子, or with no figure, with the heart
out of rhythm. False alarms: what friends say may happen ("朋友说被水母蜇了会过敏休克"); a crash
seen ("见到有车祸"); a friend discharged after fainting. Desks: a jellyfish sting, ground teeth
and a clicking jaw, breathless on the stairs with ankles swollen by evening (the heart), medicine
forgotten at home ("把氯吡格雷忘在家里了，想开几天的药"), a folder lost near the lab, discharge
from an ear (not gynaecology's), water up the nose when diving (no trouble swallowing), uric acid
by its number, a check-up's figure for its clinic, blisters from paddling (a red flag's longer
phrase "起晒水泡" no longer hides them).

Left: a friend rescued from drowning whom the doctor found well, and the visitor's own cough (an
emergency still: "朋友…溺水" is not read as someone else's once cared for, since a friend is so
often the one brought in); "the heat stroke one" in a request for records (its clause is read as
now); panic in the exam hall that passes outside ("透唔到气" is read as today's); sick notes for a
fever or a heat stroke of days before (the fever rule, and records against the service centre); a
seatbelt's red mark; a lost deposit slip (admissions); a Taiwan visitor without mainland insurance
(insurance); a chickenpox contact's vaccine; the major illness card and an international insurer's
invoice.
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    "炉子上的油锅起火，我老公半边脸和两条手臂都烧掉皮了",
    "he came off his motorbike and his thigh is bent at a funny angle",
    "透析病人，医院打电话说血钾很高让马上来，现在心慌手麻",
]
LOOK_ALIKES = [
    ("听朋友说被海蜇蛰了会过敏休克，我手上刚被蛰了一下，有点红，不喘", ("DERM",)),
    ("在路口看见有车祸，我没受伤，就是一直心慌睡不着", ("PSY",)),
    ("出门旅游把降压药忘在家里了，想开几天的药", ("CARD",)),
    ("爬两层楼就喘，晚上脚踝肿，早上消了", ("CARD",)),
    ("I lost a green folder with my scan reports somewhere near the lab", ("CS",)),
    ("晚上睡觉老磨牙，早上腮帮子酸", ("DENT",)),
    ("潜水的时候呛了水，之后一直鼻塞流黄鼻涕", ("ENT",)),
    ("爬山回来手上起了好多水泡，有几个破了", ("DERM",)),
    ("单位体检血糖7.8，要不要看医生", ("ENDO",)),
    ("my left ear is sore after swimming and there is a yellow discharge", ("ENT",)),
]

TestHeldOutSwimMotorwayExamsChronic = taught_theme_tests(
    {
        "routing-summer-swimming-sunday-held-out-sweep.jsonl": (55, 20, 2),
        "routing-holiday-motorway-hub-held-out-sweep.jsonl": (57, 20, 0),
        "routing-university-exam-week-held-out-sweep.jsonl": (57, 20, 1),
        "routing-chronic-clinic-thursday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
