"""Emergencies said in words no rule held, and a calm story the engine read as a fit, found by
the 122nd to 125th hand-written files and fixed by family (concept, composition, segmenter word),
never by a file's sentence.

- Glue (a worker's adhesive, 502, 强力胶, superglue) or paint splashed or got into the eye: a
  chemical in the eye, with a verb of splashing or getting in (sticky eyes "like glue" and paint
  fumes that itch are the eye clinic's).
- A wound's redness spreading fast up a limb with shaking or confusion: a spreading infection
  turning to sepsis (a rash that spreads is no wound's).
- A severe upper belly pain that bends the person double, going through to the back or with a
  cold sweat: acute pancreatitis or a perforation until shown otherwise.
- Calm: a temple that throbs (太阳穴一抽一抽) is a headache for neurology, not a fit; a body or
  limbs that jerk (一抽一抽) stay a fit.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0080 and held out at first: on 7887dbc they read
213 of 240, 77 of 80 emergencies, 2 of 160 false; on c087049 (the 118th to 121st taught) 217, 77,
1. With this module's change 221, 80, 0; with the desks teacher's too (migration 0084) 240 of 240,
80 of 80, 0 of 160. This module holds their per-file gates.
"""

from tests.triage.routing_helpers import not_emergencies, sent_to_emergency
from tests.triage.taught_batches import alarm_family_tests, file_tests
from triage.routing import segment
from triage.routing.engine import Engine

TestFiles = file_tests("one_hundred_twenty_second_to_fifth")

EMERGENCIES = {
    "glue or paint splashed into the eye": [
        "装修时玻璃胶溅到眼睛里，冲了水还是很痛",
        "强力胶不小心弄进左眼了，睁不开",
        "502胶水崩到眼睛里，看东西模糊",
        "眼睛里进了胶水，好痛",
        "502膠水濺進眼睛裡，睜不開",
        "油漆溅进眼睛了，火辣辣的",
        "superglue got into my eye and it burns",
        "some glue splashed into his eye at work, he can't open it",
        "paint splashed in my eye, stinging a lot",
    ],
    "a wound's redness spreading fast with shaking or confusion": [
        "脚上伤口红肿，红得往上走到大腿了，人迷迷糊糊的",
        "手上的伤口发炎，红往上窜，浑身发抖",
        "腳上傷口紅腫，紅一直往上爬，人糊里糊塗",
        "he cut his foot on a nail, now the red is spreading fast up his leg and he's confused",
        "cut on her arm last week, redness spreading fast up to the shoulder, she is shaking all over",
    ],
    "a severe upper belly pain, bent double, to the back or with a cold sweat": [
        "上腹疼得直不起腰，疼到后背，吐了好几次",
        "喝完酒胃痛得打滚，一身冷汗",
        "上腹部痛得直不起腰，牽到後背，吐了幾次",
        "severe upper stomach pain that has me doubled over, going through to my back",
        "upper belly pain doubled over and sweating",
        # The pain and the bent back in neighbouring clauses.
        "胃疼，疼得直不起腰，冷汗直冒",
        "上腹痛了半天，痛到打滚，后背也痛",
        "upper belly pain since last night, doubled over, cold sweat",
    ],
}

NOT_EMERGENCIES = {
    "glue or paint near the eye, no splash": [
        "眼睛像被胶水粘住一样，早上睁不开，眼屎多",
        "刷油漆的时候眼睛有点痒",
        "胶水粘在手指上撕不下来",
        "how do I get superglue off my fingers",
    ],
    "a small red wound or a spreading rash": [
        "my little cut is a bit red, no fever",
        "伤口有点红，不发烧",
        "the rash on his legs is red and spreading fast, he's shaking",
    ],
    "a mild or old upper belly pain, a back bent by lifting": [
        "上腹隐隐作痛，吃完饭胀",
        "胃有点痛，反酸",
        "腰疼直不起腰，搬东西扭到了",
        "上腹痛了一年，做过胃镜说是胃炎",
        "胃痛，吃了药好点了，后背酸",
        "胃口不好，腰痛直不起腰，后背酸",
    ],
    "a temple that throbs": [
        "两边太阳穴一抽一抽的，睡不好",
        "太陽穴一抽一抽的，吃了止痛藥",
        "我太阳穴一抽一抽，眼睛胀",
        "头痛两天了，右边太阳穴一抽一抽的，看电脑更厉害",
    ],
}

STILL_EMERGENCIES = [
    # A throbbing temple holds back only its own word: a fit said beside it is still one.
    "头痛，太阳穴一抽一抽的，今天早上突然全身抽搐口吐白沫",
    "孩子高烧，手脚一抽一抽的",
    "宝宝睡觉时全身一抽一抽的，叫不醒",
    # A chest pain with a cold sweat stays the chest's emergency.
    "心窝疼得直不起腰，出冷汗",
]

AT_THEIR_DESK = [
    ("太陽穴一抽一抽的，吃了止痛藥", ("NEURO",)),
    ("我太阳穴一抽一抽，眼睛胀", ("NEURO",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)


def test_a_throbbing_temple_is_one_word_and_jerking_limbs_are_not(shipped_engine: Engine) -> None:
    # The engine's words are taught to the segmenter when it is built (the fixture).
    assert segment.Words("右边太阳穴一抽一抽的").splits_a_word(5, 9)
    assert not segment.Words("孩子手脚一抽一抽的").splits_a_word(4, 8)


def test_an_object_driven_into_the_eye_with_sight_lost_is_an_emergency(
    shipped_engine: Engine,
) -> None:
    # Found beside the desks' teaching: a fish hook in the eye with sight lost went to the eye
    # clinic, because only named objects (metal, glass, a splinter) were read into the eye.
    misses = not_emergencies(
        shipped_engine,
        [
            "鱼钩扎进眼睛，看不见了",
            "魚鉤勾到眼睛，看不到東西",
            "a fish hook went into my eye and I can't see",
        ],
    )
    assert not misses, misses
    sent = sent_to_emergency(
        shipped_engine, ["睫毛扎进眼睛，有点痒", "鱼钩勾到眼皮，眼睛没事，看得见"]
    )
    assert not sent, sent
