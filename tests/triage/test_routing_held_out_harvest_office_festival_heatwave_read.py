"""The four general sweeps held out in test_routing_held_out_harvest_office_festival_heatwave.py,
read once their start (`fdf25e3`) and end (`1d3d411`) had been measured: top-1 221 of 240, 76 of
80 emergencies and 3 false alarms became 238, 80 and none (the floors in that module are raised to
them).

Red flags: a baby "才一个多月" with a fever, and a baby of months ("个多月") with a fever who will
not feed; a face fallen in Cantonese ("把口歪咗", "饮水漏出嚟", "块面冇晒感觉"); a drink that
turned out to be a cleaner; a toddler into the pool's chlorine tablets. False alarms: "抽不出空"
(no time) is no fit; peanuts harvested are not eaten; a chest that burns after dinner up into the
throat is heartburn, not a burn. Desks: a dressing changed ("换个药"), a follow-up after the
emergency department asked where, sleep wanted in English, a cold that many medicines did not
clear (no old age), a spot on a chest X-ray, a chest wall sore on twisting after hauling, a child's
eyes tested, a report for an insurer, sunglasses left behind, where to pay without the health
card, a heart check wanted, an old person who will not drink.

Left: a hornet sting seen in the emergency department last week, its follow-up asked, goes to
dermatology; a receipt reprinted for an insurer after a small operation goes to general surgery.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "我孙子才一个多月，摸着烫手，量了三十八度五，奶也不肯吃",
    "我同事把口歪咗，饮水漏出嚟，左边块面冇晒感觉",
    "he drank from a cup that turned out to be bleach, now his mouth burns",
    ("my toddler got into the pool chlorine tablets and is drooling", 2),
]
LOOK_ALIKES = [
    ("家里忙着收玉米抽不出空，牙疼得半边脸都肿了", ("DENT",)),
    ("Every night after dinner my chest burns up into my throat", ("GI", "GP")),
    ("前天被铁皮划了手，诊所包了一下，今天发红，想换个药", ("GS",)),
    ("上礼拜在你们这看了急诊，医生让回来复查，挂哪个科", ("GP", "CS")),
    ("I haven't been sleeping for weeks, can someone give me something to help me sleep", ("PSY",)),
    ("我阿嫲九十岁，成日唔肯饮水，尿都少咗", ("GERI",)),
    ("my chest is sore since I moved the furniture, hurts when I twist", ("GP", "ORTHO")),
    ("我把墨镜忘在候诊区了，有人捡到吗", ("CS",)),
    ("Health check said there's a spot on my chest X-ray, who do I see", ("RESP", "THOR")),
    ("My son is 9 and can't see the board at school, we'd like his eyes tested", ("OPH",), 9),
    ("想查一下心脏，昨天差点晕倒，现在没事了", ("CARD",)),
]


TestHarvestOfficeFestivalHeatwaveRead = wording_tests(EMERGENCIES, LOOK_ALIKES)
