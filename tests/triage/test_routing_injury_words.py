"""Injuries and symptoms said plainly of a body part, composed by concept (`@bone_break`,
`@joint_out`, `@sprain`, `@swelling` with the lexicon's body parts), with the emergencies among
them.

- A part with broken, cracked, snapped, 断了, 断咗, 折了, 骨折 (either order) is orthopaedics'; a
  nose ENT's, a jaw the dental clinic's (orthopaedics accepted for both).
- Dislocated, popped out, put out, 脱臼, 脱位, 甩骹 is orthopaedics'; sprained, twisted, pulled,
  strained, 扭伤, 崴了, 拉伤, 拗柴 too.
- A bone through the skin, a broken thigh bone, a hip or knee put out, an injured limb gone cold
  or pale, and an older person's broken hip are emergencies; the same words told as history, a
  follow-up or a birth defect are not.
- Pain or swelling of a limb, bleeding from a limb, an eye swollen or bleeding, bleeding in the
  mouth, a testicle or the groin that hurts reach that part's clinic instead of falling back.
- A workplace named no longer cancels a road accident or a fall from a height.

Every wording here is our own, in Simplified and Traditional Chinese (Taiwan's and Hong Kong's
words) and in English; none comes from a case file.
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, off_their_desk, sent_to_emergency
from triage.routing.engine import Engine

ORTHO = ("ORTHO",)
# A broken rib is the chest surgeons' in many hospitals.
RIBS = ("ORTHO", "THOR")
NOSE = ("ENT", "ORTHO")
JAW = ("DENT", "ORTHO")

AT_THEIR_DESK = {
    "a broken bone said with its part": [
        ("腿断了", ORTHO),
        ("手腕骨折了吧", ORTHO),
        ("脚趾头踢断了", ORTHO),
        ("我觉得锁骨断了", ORTHO),
        ("手臂折了，抬不起来", ORTHO),
        ("肋骨好像裂了", RIBS),
        ("腳踝骨折", ORTHO),
        ("小腿骨裂", ORTHO),
        ("我的手斷了", ORTHO),
        ("隻手斷咗", ORTHO),
        ("跌親隻腳斷咗", ORTHO),
        ("腳趾踢斷咗", ORTHO),
        ("my leg is broken", ORTHO),
        ("I think my wrist is fractured", ORTHO),
        ("my toe is broken", ORTHO),
        ("broke my collarbone at football", ORTHO),
        ("snapped my ankle on the stairs", ORTHO),
        ("cracked a rib playing rugby", RIBS),
    ],
    "a joint put out": [
        ("肩膀脱臼了", ORTHO),
        ("手指脱位了", ORTHO),
        ("手肘脫臼", ORTHO),
        ("膊頭甩咗骹", ORTHO),
        ("dislocated my finger", ORTHO),
        ("my shoulder popped out", ORTHO),
        ("I think I put my shoulder out", ORTHO),
    ],
    "a sprain, a twist or a pull": [
        ("扭伤了手腕", ORTHO),
        ("大腿拉伤了", ORTHO),
        ("腰扭了", ORTHO),
        ("手腕扭傷", ORTHO),
        ("腳踝扭到", ORTHO),
        ("打波拗柴", ORTHO),
        ("pulled my calf", ORTHO),
        ("pulled a muscle in my thigh", ORTHO),
        ("strained my shoulder lifting boxes", ORTHO),
        ("pulled my groin", ORTHO),
    ],
    "a broken nose or jaw": [
        ("鼻梁骨折", NOSE),
        ("鼻樑斷了", NOSE),
        ("my nose is broken", NOSE),
        ("broke my nose playing football", NOSE),
        ("broke my jaw", JAW),
        ("下巴脫臼", JAW),
        ("my jaw is dislocated", JAW),
    ],
    "pain or swelling of a limb": [
        ("手疼", ORTHO),
        ("脚很痛", ORTHO),
        ("小臂肿起来了", ORTHO),
        ("隻手好痛", ORTHO),
        ("my arm hurts", ORTHO),
        ("pain in my leg", ORTHO),
        ("my hand is swollen", ORTHO),
    ],
    "bleeding from a limb": [
        ("手流血了", ("GS", "ER")),
        ("腿在流血", ("GS", "ER")),
        ("腳在流血", ("GS", "ER")),
        ("my hand is bleeding", ("GS", "ER")),
        ("bleeding from my foot", ("GS", "ER")),
    ],
    "an eye swollen or bleeding, a mouth bleeding": [
        ("左眼肿了", ("OPH",)),
        ("右眼出血了", ("OPH",)),
        ("左眼腫咗", ("OPH",)),
        ("舌头出血了", ("DENT",)),
        ("嘴里出血", ("DENT",)),
    ],
    "a testicle, a breast or the groin that hurts": [
        ("蛋蛋疼", ("URO",)),
        ("pain in my testicle", ("URO",)),
        ("咪咪好痛", ("GS", "GYN")),
        ("my boob hurts", ("GS", "GYN")),
        ("my groin hurts", ("GS", "ORTHO")),
        ("腹股沟肿了", ("GS",)),
    ],
}

# The emergencies among the injuries: ER at urgency I or II. A row is the text, then the age.
STILL_EMERGENCIES = {
    "a bone through the skin": [
        ("骨头穿出皮肤了",),
        ("小腿骨折，骨头戳破了皮",),
        ("骨頭刺穿皮膚",),
        ("the bone is poking through the skin",),
        ("open fracture of his shin",),
        ("I fell at work and the bone is sticking out of my leg",),
    ],
    "a broken thigh bone": [
        ("大腿骨断了",),
        ("股骨骨折",),
        ("大腿骨斷了",),
        ("broken femur",),
        ("he broke his thigh bone",),
    ],
    "a hip or a knee put out": [
        ("髋关节脱位",),
        ("膝盖脱臼了",),
        ("膝關節脫位",),
        ("膝頭甩咗骹",),
        ("dislocated hip",),
        ("my knee is dislocated",),
    ],
    "an older person's broken hip": [
        ("奶奶摔倒，髋部骨折", 82),
        ("阿嬤跌倒髖部骨折", 80),
        ("my grandmother fell and broke her hip", 85),
        ("grandad has broken his hip", 79),
    ],
    "an injured limb gone cold or pale, or out of shape": [
        ("broken leg and the foot is cold and pale",),
        ("摔伤后脚冰凉发白",),
        ("after the fall his foot went cold and white",),
        ("手腕骨折后变形了",),
        ("my arm is broken and bent",),
    ],
    "an accident told with a workplace": [
        ("I was hit by a car on my way to work",),
        ("fell off the scaffolding at work",),
    ],
}

# The same words told as history, a follow-up, a birth defect or a younger person's hip: no
# emergency, whatever desk they reach.
NOT_EMERGENCIES = [
    ("先天性髋关节脱位复查",),
    ("大腿骨折手术后半年，想取钢板",),
    ("去年膝盖脱臼过，现在来复查",),
    ("I broke my hip", 35),
    ("腿断了",),
    ("my leg is broken",),
]

# Look-alikes that are no bone or joint: the skin's, the mood's, the speech's.
NOT_ORTHOPAEDICS = [
    ("cracked heels in winter", ("DERM",)),
    ("broke out in a rash on my arms", ("DERM", "ALLERGY")),
]


@pytest.mark.parametrize("family", AT_THEIR_DESK)
def test_each_plainly_worded_family_reaches_its_desk(shipped_engine: Engine, family: str) -> None:
    misses = off_their_desk(shipped_engine, AT_THEIR_DESK[family])
    assert not misses, misses


@pytest.mark.parametrize("family", AT_THEIR_DESK)
def test_no_plainly_worded_family_falls_back(shipped_engine: Engine, family: str) -> None:
    fell_back = [
        text for text, _desk in AT_THEIR_DESK[family] if shipped_engine.suggest(text)[0].fallback
    ]
    assert not fell_back, fell_back


@pytest.mark.parametrize("family", STILL_EMERGENCIES)
def test_each_major_bone_injury_is_an_emergency(shipped_engine: Engine, family: str) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES[family])
    assert not misses, misses


def test_history_a_birth_defect_or_a_plain_break_is_no_emergency(shipped_engine: Engine) -> None:
    sent = sent_to_emergency(shipped_engine, NOT_EMERGENCIES)
    assert not sent, sent


def test_skin_look_alikes_stay_with_the_skin(shipped_engine: Engine) -> None:
    misses = off_their_desk(shipped_engine, NOT_ORTHOPAEDICS)
    assert not misses, misses


def test_a_load_of_work_said_as_a_weight_is_no_trauma(shipped_engine: Engine) -> None:
    sent = sent_to_emergency(shipped_engine, ["crushed under a mountain of work this week"])
    assert not sent, sent
