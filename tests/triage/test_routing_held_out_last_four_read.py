"""The last four sweeps of test_routing_held_out_eight_days_unread.py (a Saturday morning, a port
city, a new suburb, a typhoon night), held out through four rounds of teaching and never read
until the session's last code was measured: 223 of 240 at top-1, 78 of 80 emergencies and 3 false
alarms on `2c4ecfd`, on `ec03c65` and on `31dbdf6` alike. Read then: 235, 80 and none (the
floors there are raised to them).

Red flags: a fall off a roof with the legs numb or still; breathlessness ("气促") with dark lips
("嘴唇发黑"). False alarms: a chemical splashed in an eye days ago, rinsed, only red now; "晕咗两
日" from a boat (seasick, not out cold); a faint two days ago, "现在没什么事". Desks: spots on a
small child's hands and round the mouth, a finger jammed by a ball, chest tightness before exams
only, whether the clinics open after a typhoon, sleeplessness and tension in a storm, a mother's
wrist (a child carried is not the patient), a seafarer's medical.

Left: settling the bill and the deposit at discharge goes to billing (the file says admissions);
a receipt with a diagnosis for an insurer goes to records.
"""

from tests.triage.taught_batches import wording_tests

EMERGENCIES = [
    "我老公在屋顶修瓦掉下来了，说腿没知觉",
    "he was up on the roof cleaning and fell off, now he can't move his legs",
    "爸爸在透析，今天喘得躺不下，嘴唇发黑",
]
LOOK_ALIKES = [
    ("上周油漆溅进眼睛，当时冲了很久，现在就有点红", ("OPH",)),
    ("晕车晕了两天，现在下车了还是天旋地转", ("NEURO", "ENT")),
    ("前天在公交上晕过去一下，马上就醒了，现在没什么事", ("NEURO", "GP", "CARD")),
    ("my 2 year old has spots on his hands and around his mouth", ("PED", "INFECT"), 2),
    ("打排球手指戳到了，肿了好几天，弯不下去", ("ORTHO",)),
    ("我女儿每次考试就胸口闷，医生说心脏没问题", ("PSY", "PED")),
    ("typhoon tomorrow, are you open tomorrow? I have an appointment", ("CS",)),
    ("台风天整夜睡不着，一刮风就心慌，人一直绷着", ("PSY",)),
    ("天天抱孩子，手腕疼，是不是腱鞘炎", ("ORTHO", "REHAB")),
]

TestLastFourRead = wording_tests(EMERGENCIES, LOOK_ALIKES)
