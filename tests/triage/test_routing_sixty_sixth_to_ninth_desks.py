"""The wrong desks of the sixty-sixth to the sixty-ninth hand-written files (60 complaints each,
written blind): every first-run miss that was no emergency and whose engine answer was not ER (a
wrong department, or a service point mixed up with a clinic). Their emergencies and false alarms
are the emergencies teacher's.

First run (on commit 0528216, after the sixtieth to sixty-fifth were taught), the wrong desks of
each file: sixty-sixth 3 (a short child, an old mother's swollen feet in a care home, a deaf
visitor's red eyes), sixty-seventh 8, sixty-eighth 5, sixty-ninth 8 (24 of the 56 first-run
misses; 23 taught). Files at first run: 54, 50, 49, 45 of 60; after this part alone: 57, 58, 54,
52 (the rest of the misses were emergencies or answered ER); with the emergencies teacher's part:
60, 60, 60, 60 with the insurance step below, every emergency, no false one. 8,256 case-file complaints compared before and
after: none worse. CPU per suggestion with this part's seven new rules: within noise (±1.5 %).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): the shortest in the class (child health); a copy (影本) of the records; a CT said as
電腦斷層 (read as 计算机断层 once converted); pregnant said in Sichuanese (怀起 N 个月, a concept form
as well, so that its red flags still fire); the toilet paper red after a stool and the bottom
swollen; skin gone yellowish; a lump "grown" (长个包, 长个包包); someone on a blood thinner asking
about it with nothing else said (the heart clinic, weight 10: any complaint named outweighs it); a
nail stepped on (not one felt "like" a nail); a lump under a girl's nipple before her teens (a breast
bud, the children's clinic, only with a girl named and the age under 14); a boy's breasts growing
(hormones); an old person living in a care home (geriatrics, weight 14); leg pain on walking that
eases with a rest (vascular; the back or a knee named keeps its desk); sweats and shakes on insulin
put right by sugar, asking about the dose (endocrinology); a deaf visitor asking us to write or
reading lips (the complaint's desk, not ENT's); "red hot" said of the skin (no fever); turning the
head hurts (the neck's, not a headache); an itch "down below" in Cantonese (痕) with yellow on the
underwear (gynaecology); "got bit by" an animal; an old person confused, forgetting medicine or up
at night (geriatrics, not the pharmacy); "现在没啥不舒服" (nothing wrong now) is no complaint of
feeling unwell.

Taught with an engine step: f69-023 (a gallbladder operation last month, asking how the rural
scheme, 新农合, pays for the stay, "怎么报"): the insurance rule fired, but the operation's clinic won
while the visitor was not read as asking for a service; `rank._SERVICE_REQUEST` now reads the rural
scheme, the co-operative scheme and social insurance asked whether they pay ("新农合…报",
"合作医疗…报", "社保…报") as asking for the insurance office, as it read 保险 and 健保.
"""

from tests.triage.routing_helpers import top_of
from tests.triage.taught_batches import desk_tests
from triage.routing.engine import Engine

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "the shortest in the class": [
        ("儿子六岁，个子在全班最矮，想查查", ("CHILD", "ENDO"), 6),
        ("我女儿是班上最矮的，要查什么吗", ("CHILD", "ENDO"), 8),
        ("My son is the shortest in his class, should we get him checked?", ("CHILD", "ENDO"), 7),
    ],
    "a copy of the records": [
        ("想申请我妈住院时的病历影本", ("RECORDS",)),
        ("申請病歷影本要去哪裡", ("RECORDS",)),
    ],
    "a CT said as 電腦斷層": [
        ("上週做的電腦斷層，報告出來了嗎", ("IMG",)),
        ("電腦斷層要在哪裡做", ("IMG",)),
    ],
    "pregnant said in Sichuanese": [
        ("怀起六个月了，想来产检", ("OB",)),
        ("怀起七个月，脚有点肿", ("OB",)),
    ],
    "the toilet paper red, the bottom swollen": [
        ("上厕所后卫生纸上红红的，屁股有点痛", ("GS", "GI")),
        ("擦屁股纸上红红的，肛门那里肿", ("GS", "GI")),
    ],
    "skin gone yellowish": [
        ("My skin has gone yellowish and I feel itchy", ("GI", "INFECT")),
        ("His eyes have turned yellow this week", ("GI", "INFECT")),
    ],
    "a lump grown": [
        ("手臂上长了个包，不痛，半年了", ("GS",)),
        ("背上长个包包，越来越大", ("GS",)),
    ],
    "a blood thinner asked about": [
        ("I take warfarin, can I eat grapefruit?", ("CARD", "PHARM", "HEME")),
        ("吃利伐沙班的，能不能吃三七", ("CARD", "PHARM", "HEME")),
        ("Took my warfarin twice by mistake this morning, no bleeding", ("CARD", "HEME")),
    ],
    "whether the rural scheme or social insurance pays (新农合, 合作医疗, 社保)": [
        ("做完阑尾手术了，农村合作医疗怎么报", ("INSUR",)),
        ("住院花了两万，新农合能报多少", ("INSUR",)),
    ],
    "a nail stepped on": [
        ("踩到一颗钉子，扎进脚底了，血止住了", ("GS",)),
        ("工地上踩到生锈的铁钉，要打针吗", ("GS",)),
        ("I stepped on a rusty nail in the garden yesterday", ("GS",)),
    ],
    "a lump under a girl's nipple": [
        ("女儿十岁，乳头下面有个小硬块，按了会痛", ("PED", "CHILD"), 10),
        ("My daughter is 9 and has a tender lump under one nipple", ("PED", "CHILD"), 9),
    ],
    "a boy's breasts growing": [
        ("我是男生，十五岁，两边胸部变大了", ("ENDO", "GS"), 15),
        ("My son is 15 and his breasts are growing, he's embarrassed", ("ENDO", "GS"), 15),
    ],
    "an old person in a care home": [
        ("我爸住养老院，最近吃得少", ("GERI",), 85),
        ("My mum is in a nursing home, the staff asked us to bring her in", ("GERI",), 88),
    ],
    "leg pain on walking eased by a rest": [
        ("走一段路小腿就痛，要歇一下才能走", ("CVS",)),
        ("行一阵路隻腳就痛，停低抖吓先再行得", ("CVS",)),
        ("My calf hurts when I walk, I have to stop and rest then I can walk on", ("CVS",)),
    ],
    "sweats and shakes on insulin, put right by sugar": [
        ("打胰岛素的，昨晚出冷汗心慌，吃了糖就好了，是不是剂量大了", ("ENDO",)),
        (
            "On insulin, had a hypo last night, juice made me better, is my dose too much?",
            ("ENDO",),
        ),
    ],
    "a deaf visitor asking us to write": [
        ("I am deaf, please write. Sore throat 3 days", ("ENT",)),
        ("聋人，请写字。眼睛红，痒", ("OPH",)),
    ],
    "red hot said of the skin": [
        ("The cut on my hand is red hot and swollen", ("GS", "DERM")),
        ("My knee is red hot and swollen", ("ORTHO", "RHEUM")),
    ],
    "turning the head hurts": [
        ("一转头脖子就疼，肩膀硬", ("ORTHO", "REHAB")),
    ],
    "an itch down below with yellow on the underwear": [
        ("个女下面痕，底裤有啲黄", ("GYN", "PED")),
        ("下面好痕，底裤有啲分泌", ("GYN",)),
    ],
    "got bit by an animal": [
        ("I got bit by a dog yesterday", ("PREV",)),
        ("My son got bit by a stray cat", ("PREV",)),
    ],
    "an old person confused, forgetting medicine or up at night": [
        (
            "Grandpa is 90, confused all the time now, forgets his tablets and is up at night",
            ("GERI",),
            90,
        ),
        ("阿婆八十多岁，糊涂了，晚上不睡觉，日夜颠倒", ("GERI",)),
    ],
    "nothing wrong now, asking for a check": [
        ("我爸上个月心梗走了，我也高血压，想查查，现在没什么不舒服", ("CARD",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("乳房有个硬块，不痛，洗澡时摸到的", ("GS",)),
    ("乳腺炎，乳房有硬块", ("GS",)),
    ("我老公胸口长了个包", ("GS",)),
    ("脚后跟疼，早上踩地像踩到钉子一样", ("ORTHO",)),
    ("想打破伤风针", ("PREV",)),
    ("中风后一直吃华法林，来复查", ("NEURO", "REHAB")),
    ("I had a stroke last year and take blood thinners, need a check", ("NEURO",)),
    ("吃阿司匹林后胃痛", ("GI",)),
    ("左耳听力越来越差", ("ENT",)),
    ("I'm deaf in my right ear since this morning", ("ENT",)),
    ("发烧，额头很烫", ("FEVER",)),
    ("走路多了膝盖痛，歇一下再走", ("ORTHO",)),
    ("腰痛，走一段路腿就麻，要歇一下才能走", ("ORTHO",)),
    ("My mum lives in a nursing home, her cataract is getting worse", ("OPH",)),
    ("我的包包丢了", ("CS",)),
    ("被蚊子咬了，好痒", ("DERM",)),
    ("皮肤痕，起红疹", ("DERM",)),
    ("我闺女十四了还没来月经，个子也比同学矮", ("GYN",)),
    ("电脑断层说肺上有个结节", ("RESP",)),
    ("头痛三天了，转头也痛", ("NEURO",)),
    ("我是家里最矮的，膝盖痛", ("ORTHO",)),
    ("Elderly man in a care home, bad cough and fever for 2 days", ("FEVER", "RESP")),
    ("My blood thinner makes me bruise easily", ("HEME", "CARD")),
]
LOOK_ALIKES_AGED = [
    ("我女儿十四岁了还没来月经，个子比同学矮", ("GYN",), 14),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    "打胰岛素的，现在叫不醒",
    "踩到钉子，血一直流止不住",
    "吃华法林，流鼻血止不住",
    "Deaf, please write. Crushing chest pain and sweating",
    "怀起八个月，流了好多水",
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)


def test_the_families_stay_out_of_the_fever_clinic_and_ent(shipped_engine: Engine) -> None:
    # "red hot" of a wound is no fever; "deaf, please write" names no ear complaint.
    assert top_of(shipped_engine, ("Got a new piercing, it's red hot and oozing",))[0] != "FEVER"
    assert (
        top_of(shipped_engine, ("Deaf, can read lips. Where do I get my blood test?",))[0] != "ENT"
    )
