"""The wrong desks of the one hundred and eighty-sixth to the one hundred and eighty-ninth
hand-written files (60 complaints each, written blind), where no emergency is involved: eleven,
every one taught here by family, never by sentence (the tables below, our own wordings in
Simplified and Traditional Chinese, Cantonese and English, and look-alikes). The files' missed
and false emergencies are other teachings' and are left as they were.

First run (the base commit aa0ae2b): 216 of 240 at top-1 (53, 57, 53, 53), 75 of 80
emergencies, 8 of 160 false; with this module's change (migration 0114) 227 of 240 (55, 59,
57, 56), the emergencies and false ones unchanged; no case file worse. With the two alarm
modules' teaching (0112, 0113) the four files read 239 of 240, 80 of 80, 0 of 160: the one left
is a chest wall strained moving a flowerpot, brought in because a health programme said chest
pain foretells a heart attack (orthopaedics expected; cardiology given).

Desks, and why each missed:
- Whether the hospital keeps antivenom, a cobra in the news (眼镜蛇): the snake's name held
  "眼镜", read as glasses (the eye clinic); and the antivenom rule missed 有…吗 and 有冇 and sent
  the question to the pharmacy, where both files that ask it keep the information desk (one
  also the pharmacy): patient services now.
- A dry cough from the smoke of fields, straw or rubbish burnt nearby ("burning the cane
  fields", 烧秸秆, 烧垃圾): "burning" was a burn; the chest clinic (a fire one was caught in
  stays the red flags').
- Which papers to register with (台胞证, 护照, 身份证, 'my passport') and where to get a patient
  card (办就诊卡): the cashier's rules took 挂号 and 办就诊卡; the registration desk (patient
  services) now, a fee or a card's top-up staying the cashier's.
- A fit-to-fly certificate for an airline: "a medical certificate in English" went to the
  records office; general practice examines and signs it (a pregnancy, a heart or lung
  condition, a stroke, an operation or a fracture keep their own clinic).
- An 'endocrine' doctor or clinic named, a sugar told as a reading ('sugar was 3.2'): no rule
  held the adjective nor the reading, so the complaint fell back to general practice.
- 'heart burn' in two words: read as the heart (cardiology) and a burn; it is heartburn, and a
  sour taste in the mouth is reflux (gastroenterology).
- The brain department named (脑科, 腦科) for a follow-up after a fit at night told as 抽筋: the
  cramp's rule (orthopaedics) won; neurology now.
- A grandchild's fever (孙仔, no age) brought to paediatrics by name (想睇儿科): the grandchild
  was no child without an age, so the fever clinic took it; naming paediatrics for the visit
  says the visitor is a child.
- A pain of years that painkillers no longer help (止痛药都不好使): "止痛" inside 止痛药 was no
  word of the pain rule; the pain clinic now (teeth, periods and headaches keep their clinics).
- Married for years with 'no news' yet (都没有消息, 冇消息): no form of 'no child yet'; the
  fertility clinic.
- The heart to be checked said as 个心 in Cantonese (check下个心, 查下个心), nothing wrong now:
  no rule held it (fallback); cardiology.

A label left as the writer's: none; all eleven reach an accepted desk.
"""

from tests.triage.taught_batches import desk_tests, file_tests

# The four files: taught here (desks, 0114) and in the two alarm modules (0112, 0113).
TestFiles = file_tests("one_hundred_eighty_sixth_to_ninth")

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "whether the hospital keeps antivenom (patient services)": [
        ("新闻说有人被眼镜蛇咬了，你们这里有抗蛇毒血清吗", ("CS", "PHARM"), 40),
        ("想問下你哋醫院有冇眼鏡蛇嘅血清，冇人受傷", ("CS", "PHARM"), 50),
        ("is there cobra antivenom at this hospital, just asking", ("CS", "PHARM"), 35),
    ],
    "a cough from the smoke of fields or rubbish burnt nearby (the chest clinic)": [
        ("村里这几天烧秸秆，烟呛得我一直咳", ("RESP",), 45),
        ("隔籬燒垃圾，啲煙嗆到我咳咗成個禮拜", ("RESP",), 60),
        (
            "since the farmers started burning off the stubble I have had a dry cough, no fever",
            ("RESP",),
            40,
        ),
        (
            "they are burning the rubbish next door and the smoke has me coughing all week",
            ("RESP",),
            30,
        ),
    ],
    "which papers to register with, where to get a patient card (patient services)": [
        ("挂号要带什么证件？我只有护照", ("CS",), 30),
        ("請問掛號要用什麼證件？我只有回鄉證", ("CS",), 40),
        ("请问在哪里办就诊卡", ("CS",), 50),
        ("can I register with my passport, I have no local ID card", ("CS",), 28),
    ],
    "a fit-to-fly certificate (general practice)": [
        ("我下周坐飞机回国，航空公司要一个适合乘机的证明", ("GP", "CS"), 35),
        ("下個禮拜搭飛機，航空公司要醫生證明我適合坐飛機", ("GP", "CS"), 40),
        ("the airline wants a fit to fly letter from a doctor before my flight", ("GP", "CS"), 50),
    ],
    "an endocrine doctor named, a sugar told as a reading (endocrinology)": [
        (
            "his endocrine doctor wants to see him, his sugar was low this morning but he is fine now",
            ("ENDO",),
            70,
        ),
        (
            "my endocrine clinic asked me to come in, my sugar was 3.5 before breakfast",
            ("ENDO",),
            60,
        ),
        ("我老公糖尿病，血糖高，想看内分泌科", ("ENDO",), 55),
    ],
    "heartburn said in two words (gastroenterology)": [
        ("my mum gets heart burn after supper most nights", ("GI",), 75),
        ("我婆婆每晚食完飯都heart burn，口裡面酸酸哋", ("GI",), 80),
        ("我妈晚饭后老是反酸，嘴里发酸，几个月了", ("GI",), 70),
    ],
    "the brain department named (neurology)": [
        ("我爸上次半夜抽筋，今天约了脑科复查", ("NEURO",), 60),
        ("阿爸上次夜晚抽筋，今日约咗腦科覆診", ("NEURO",), 65),
        ("he has an appointment at the neuro clinic today, he is fine now", ("NEURO",), 50),
    ],
    "a grandchild's fever brought to paediatrics by name (child health)": [
        ("孙女发烧两天，38度8，精神还好，想看儿科", ("PED",)),
        ("我個孫女發燒兩日，39度，照食照玩，想睇兒科", ("PED",)),
    ],
    "a pain of years that painkillers no longer help (the pain clinic)": [
        ("腰痛了好几年，止痛药现在都不管用了", ("PAIN", "ORTHO", "REHAB"), 50),
        ("膝頭痛咗好多年，食止痛藥都冇用", ("PAIN", "ORTHO"), 65),
        ("my back has hurt for years and the painkillers no longer work", ("PAIN", "ORTHO"), 45),
    ],
    "married for years, no news yet (fertility)": [
        ("结婚三年了一直没有消息，想查查是什么原因", ("REPRO",), 30),
        ("結婚四年都冇消息，想睇下係咪有問題", ("REPRO",), 32),
        ("we have been married three years and still no news, want to get checked", ("REPRO",), 31),
    ],
    "the heart to be checked, said as 个心 (cardiology)": [
        ("最近成日加班，想查下个心有冇问题，而家冇唔舒服", ("CARD", "PREV"), 40),
        ("想去检查下个心，我爸有心脏病", ("CARD", "PREV"), 45),
        (
            "I want my heart checked, a friend my age died suddenly, I feel fine",
            ("CARD", "PREV"),
            38,
        ),
    ],
}
# The same words where another desk is right.
LOOK_ALIKES = [
    # Glasses are still the eye clinic's.
    ("我近视了，想配副眼镜", ("OPH",), 20),
    # A burn got while burning straw is a burn; a stove's burn too.
    ("烧秸秆的时候火燎到手，起了水泡", ("BURN",), 40),
    ("I burned my hand on the stove, it is blistering", ("BURN",), 30),
    # A smoker's morning cough stays the chest clinic's, a heart that races cardiology's.
    ("I smoke a pack a day and have a cough every morning", ("RESP",), 55),
    ("my heart races when I climb the stairs", ("CARD",), 60),
    # A registration fee and a card's top-up stay the cashier's.
    ("我要交挂号费，在哪交", ("BILL",), 40),
    ("就诊卡充值在哪里", ("BILL",), 40),
    # A sick note in English stays the records office's; a pregnancy's fit to fly obstetrics'.
    ("I need a medical certificate in English for my employer, I was off sick", ("RECORDS",), 30),
    ("32 weeks pregnant and the airline wants a fit to fly letter", ("OB",), 30),
    # Toothache that painkillers do not touch is the dentist's; a calf cramp stays orthopaedics'.
    ("牙痛好几年了，止痛片也没用", ("DENT",), 40),
    ("半夜小腿抽筋，痛醒了", ("ORTHO",), 50),
    # A grandparent tired from minding a grandchild is the patient; contraception is gynaecology's.
    ("我带孙子累得腰疼", ("ORTHO",), 62),
    ("结婚两年，暂时不想要孩子，想咨询避孕", ("GYN",), 28),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("被眼镜蛇咬了，手肿得厉害", 30),
    ("屋企火警，吸咗好多煙，一直咳，透唔到氣", 40),
    ("his sugar was 1.8 and he won't wake up", 70),
    ("老公又抽筋，口吐白沫，叫唔醒", 50),
    ("crushing chest pain and sweating, not like my usual heart burn", 60),
    ("孙仔发烧40度，全身抽筋，叫唔醒", 3),
    ("我个心好痛，出晒冷汗，左手麻", 58),
    (
        "the airline wants a fit to fly letter but since this morning I have chest pain and sweating",
        50,
    ),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
