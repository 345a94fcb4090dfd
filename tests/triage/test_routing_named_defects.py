"""Three defects the team named, taught by concept and composition (migration 0122), each with
its family: the same thing said colloquially, in Traditional Chinese as Taiwan and Hong Kong
write it, in English, with typos.

- A skull-base fracture (颅底骨折) went to orthopaedics: only 颅骨, 头骨 and 头盖骨 were read with
  a fracture, each as its own phrase. The skull and its base are now a concept (@skull_bone:
  颅底, 枕骨, 后脑骨, 'the base of his skull'…) composed with a fracture (@bone_break) or a crack,
  a head injury's emergency at II; told as history it is the neurosurgeons' follow-up, not
  orthopaedics'. A skull said not fractured (颅骨没有骨折, 'his skull is not fractured';
  @fracture_denied) was an emergency and is not.
- A subarachnoid haemorrhage (蛛网膜下腔出血, SAH) had no rule and fell back to general practice.
  The subarachnoid space is now one of the brain's forms and a haemorrhage one of bleeding's, so
  the brain-bleed red flag reads it; a burst brain aneurysm (脑动脉瘤破裂; @brain_aneurysm with
  @rupture) is the same bleed. A bleed or a skull fracture just found by a doctor who sent the
  visitor over (医生说是…，叫我哋即刻过嚟; @diagnosed_as, @sent_over) is an emergency though a
  diagnosis told is otherwise no emergency. Followed up (复查, 覆诊, 'follow up') a bleed in the
  brain is no emergency: a subarachnoid one or one inside the skull is neurosurgery's, as a
  subdural haematoma's is, and 脑出血's stays neurology's.
- Streaks of blood in the phlegm (痰中有血, 痰里带血丝, 'coughing up blood streaks') fell back to
  general practice, went to the chest clinic at IV or to the emergency department at I (the
  heavy-bleeding red flag's 'coughing up blood'). Phlegm (@sputum) with streaks or specks of blood
  (@blood_streak), or blood in it, is now the chest clinic's at urgency III; a mouthful, a cup or
  a bowl of blood coughed up stays an emergency.

Left as they are: a skull-base fracture told by its signs alone (panda eyes, clear fluid from the
nose after a blow to the head: a cold's runny nose after a bump reads the same); a neck said not
fractured (颈椎没有骨折) is still the broken-neck red flag's. (A diagnosis told with 诊断为 and a
transfer, 外院诊断为蛛网膜下腔出血，转过来, was read as a question about a known illness: it is an
emergency since migration 0124, test_routing_sent_over.py.)
"""

from collections.abc import Iterable

import pytest

from tests.triage.routing_helpers import (
    named_by_a_rule,
    not_emergencies,
    off_their_desk,
    sent_to_emergency,
)
from triage.routing.engine import Engine

# The wordings the defects were reported with, as the team wrote them.
NAMED_EMERGENCIES = [
    "颅骨骨折",
    "颅底骨折",
    "头骨裂了",
    "skull fracture",
    "顱底骨折",
    "蛛网膜下腔出血",
    "蛛網膜下腔出血",
    "SAH",
    "subarachnoid bleed",
    "brain bleed",
    "刚诊断蛛网膜下腔出血，医院让转过来",
]
NAMED_DESKS = [
    ("三年前颅底骨折，现在耳朵听不清", ("ENT", "NSURG")),
    ("去年蛛网膜下腔出血做了手术，来复查", ("NSURG",)),
]
NAMED_STREAKS = [
    "痰中有血",
    "痰里带血丝",
    "痰中带血",
    "咳出来的痰有血丝",
    "blood-streaked sputum",
    "coughing up blood streaks",
    "痰中帶血",
]

# Each family in words no rule holds.
EMERGENCIES = {
    "a skull or skull-base fracture said now": [
        "颅底骨折，耳朵一直流水",
        "顱底骨折，鼻子一直流清水",
        "后脑勺着地，拍片说是枕骨骨折",
        "佢跌親個頭，後腦骨裂咗",
        "she has a skull base fracture after the fall",
        "he cracked the base of his skull on the kerb",
        "he fractered his skull",
    ],
    "a subarachnoid haemorrhage or a burst brain aneurysm": [
        "CT显示蛛网膜下腔出血，医生让马上转院",
        "蛛網膜下腔出血，外院轉來",
        "my husband has a subarachnoid bleed",
        "腦動脈瘤爆咗",
        "脑血管瘤破了",
        "her brain aneurysm ruptured",
    ],
    "a bleed in the brain or a skull fracture just found, the visitor sent over": [
        "醫生說是蛛網膜下腔出血，叫我哋即刻過嚟",
        "my dad was just diagnosed with a subarachnoid haemorrhage and sent here",
        "医生说是颅底骨折，让我们转过来",
        "他的SAH刚确诊，医生让马上转过来",
    ],
}
DESKS = {
    "a skull fracture told as history": [
        ("去年颅底骨折，来复查", ("NSURG",)),
        ("頭骨骨折術後複查", ("NSURG",)),
        ("I had a skull fracture two years ago and still get headaches", ("NEURO", "NSURG")),
    ],
    "a skull said not fractured": [
        ("颅骨没有骨折，只是头皮擦伤", ("NSURG", "GS", "DERM")),
        ("拍片颅骨未见骨折", ("NSURG", "IMG")),
        ("the scan showed his skull is not fractured", ("NSURG", "IMG")),
    ],
    "a bleed in the brain followed up": [
        ("蛛網膜下腔出血術後三個月，來覆診", ("NSURG",)),
        ("had a subarachnoid haemorrhage last year, here for my follow up", ("NSURG",)),
        ("颅内出血术后复查", ("NSURG",)),
        ("去年脑出血，来复查", ("NEURO",)),
    ],
}
STREAKS = [
    "啲痰有血丝，咳咗成個禮拜",
    "咳嗽，痰裡有血絲",
    "早上吐痰带点血丝",
    "there are streaks of blood in my phlegm",
    "my phlegm has flecks of blood",
    "coughing up phlegm with specks of blood",
    "blood streeks in my sputum",
    "coughing up bloodstained sputum",
    "咳嗽的时候吐出带血的痰",
    "coughed up phlegm with blood in it",
]
# Blood coughed up by the mouthful: the heavy-bleeding red flag's, whatever the streaks taught.
COUGHED_UP_HEAVILY = [
    "大口咯血",
    "一口一口的血往外咳",
    "coughing up a cup of blood",
    "咳血咳了一大碗",
    "咳嗽咳出好多鲜血",
    "咳嗽，痰里全是血",
]


def off_the_chest_clinic(engine: Engine, texts: Iterable[str]) -> list[tuple]:
    """Return each text whose top suggestion is not the chest clinic at urgency III by a rule."""
    misses = []
    for text in texts:
        top = engine.suggest(text)[0]
        if (top.department, top.urgency, top.fallback) != ("RESP", "III", False):
            misses.append((text, top.department, top.urgency, top.fallback))
    return misses


def test_the_named_wordings_route_as_the_defects_ask(shipped_engine: Engine) -> None:
    misses = [
        *not_emergencies(shipped_engine, NAMED_EMERGENCIES),
        *off_their_desk(shipped_engine, NAMED_DESKS),
        *off_the_chest_clinic(shipped_engine, NAMED_STREAKS),
        *not_emergencies(shipped_engine, COUGHED_UP_HEAVILY),
    ]
    assert not misses, misses


@pytest.mark.parametrize("family", EMERGENCIES)
def test_each_family_said_in_no_rule_reaches_the_emergency_department(
    shipped_engine: Engine, family: str
) -> None:
    assert not named_by_a_rule(EMERGENCIES[family])
    misses = not_emergencies(shipped_engine, EMERGENCIES[family])
    assert not misses, misses


@pytest.mark.parametrize("family", DESKS)
def test_each_look_alike_said_in_no_rule_reaches_its_desk_not_the_emergency_department(
    shipped_engine: Engine, family: str
) -> None:
    assert not named_by_a_rule(text for text, _desks in DESKS[family])
    misses = off_their_desk(shipped_engine, DESKS[family])
    assert not misses, misses
    assert not sent_to_emergency(shipped_engine, [text for text, _desks in DESKS[family]])


def test_streaks_said_in_no_rule_go_to_the_chest_clinic_and_a_mouthful_stays_an_emergency(
    shipped_engine: Engine,
) -> None:
    assert not named_by_a_rule(STREAKS)
    misses = [
        *off_the_chest_clinic(shipped_engine, STREAKS),
        *not_emergencies(shipped_engine, COUGHED_UP_HEAVILY),
    ]
    assert not misses, misses
