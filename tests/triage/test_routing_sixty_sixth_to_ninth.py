"""Four hand-written files, the sixty-sixth to the sixty-ninth (60 complaints each, 27 Simplified,
18 Traditional, 15 English, 20 emergencies), written blind: routing-sixty-sixth-handwritten.jsonl
… routing-sixty-ninth-handwritten.jsonl. This module holds their per-file gates, their emergencies
and their false alarms.

First run, on commit da9b6b8 (migration 0061, before this round's teaching), sixty-sixth to
sixty-ninth: top-1 53, 48, 49, 43 of 60; emergencies 19, 19, 19, 17 of 20; false alarms 3, 2, 5, 4
of 40. On 4c7df70 (migration 0062, after the sixtieth to sixty-fifth were taught, before any change
for these): top-1 54, 50, 49, 45; emergencies 19, 20, 19, 17; false alarms 2, 2, 5, 4. After this
round (together with the desks' teacher and the lead's insurance step): top-1 60, 60, 60, 60 (240
of 240), 80 of 80 emergencies, no false alarm.

Taught by family (the engine's context, the shipped rules and concepts), never by sentence:
the emergency department named only as where the visitor went before (上个月挂急诊是因为…, 现在好了:
its follow-up goes to the department named beside it), "not an emergency" (the article "an" before a
denied word), a stranger the visitor saw fall or fit (看到一个人倒地上抽, "saw a man collapse": the
stranger's event, unless brought here), a blow to the head settled by no loss of consciousness and
no vomiting (没晕, 不吐; not a vehicle, nor with bleeding or drowsiness), a limb crushed a few
days ago (前几天…被机器压了, its swelling now, for general surgery), a period's pain "whenever it comes" (来月经就痛得打滚) and
heavy periods every month (unless this time, today or now is said), breathing that stops in sleep
told as what happens (半夜会停止呼吸, with 打呼 for the ear-nose-throat desk), the skin around the
mouth after a food (嘴巴边, 嘴角: no lip or tongue swelling), sunburn blistered over a part
(肩膀, "all over my shoulders"), a limb swollen out of shape (肿到变形: the swelling's degree, not a
deformity's angle, which stays: 手腕整个歪一边); missed emergencies: waters leaking said as wet
trousers or water running down (裤子湿了一大片, 往下流), a fingertip broken off in Cantonese (手指断咗
一截), a baby's drying out said by the nappy or in Sichuan words (尿不湿干, 没得眼泪), a young
child's 抽筋 that goes on (抽快五分钟, 还在抽), a neck injury with hands that cannot be felt; and,
found while checking the settled blow, a blow to the head on a blood thinner or in a fall from a
height, however mildly told (a red flag: a bleed inside the skull can come hours later).
"""

import pytest

from tests.triage.routing_helpers import (
    off_their_desk,
)
from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("sixty_sixth_to_ninth")


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "waters leaking said as wet trousers or water running down (湿了一大片, 往下流)": [
        ("怀孕30周，刚才下面湿了一大片，一直往下流",),
        ("懷孕34週，褲子都濕了，水順着腿流",),
        ("34 weeks pregnant and fluid keeps running down my leg",),
    ],
    "a fingertip broken off (断咗一截, 断了一截)": [
        ("切肉嗰陣手指頭斷咗半截",),
        ("尾指俾門夾到斷咗一截",),
        ("机器把大拇指断了一截",),
    ],
    "a child drying out, said by the nappy or in Sichuan words (尿不湿干, 没得眼泪)": [
        ("宝宝十个月，拉肚子一天了，纸尿裤一上午都是干的", 0),
        ("娃儿拉稀，哭起来没得眼泪", 1),
        ("孩子上吐下泻，尿不湿一直是干的",),
    ],
    "a young child's 抽筋 that goes on (抽快…分钟, 还在抽, 仲喺度抽)": [
        ("孙子两岁，突然抽筋，抽快三分钟了", 2),
        ("我個仔三歲，抽筋抽咗成五分鐘，仲喺度抽", 3),
        ("女儿一岁半，刚才开始抽筋，现在还在抽", 1),
    ],
    "a blow to the head on a blood thinner, however mild it is told": [
        ("我爸吃华法林的，今天摔了一跤磕到头，没晕也没吐",),
        ("He hit his head on the cabinet, didn't pass out, no vomiting, he's on blood thinners",),
        ("阿嫲食緊薄血丸，頭撞到門框，冇暈冇嘔",),
    ],
    "a blow to the head in a fall from a height, however mild it is told": [
        ("从梯子上摔下来磕到头，没晕没吐",),
    ],
    "a blow to the neck, then hands or arms that cannot be felt": [
        ("Dived into the shallow end and hit his neck, now he can't feel his arms",),
        ("He fell off the trampoline onto his neck and says he can't feel his fingers",),
        ("跳水撞到脖子，现在手没感觉",),
    ],
}
# Look-alikes: the same words told of before, of a stranger, settled, habitual or of another
# sense: no emergency.
NOT_EMERGENCIES = {
    "the emergency department named as where one went before": [
        ("上个月挂急诊是因为胆结石，现在不痛了，想约外科",),
        ("上禮拜掛急診說是胃炎，現在好了，要看哪一科",),
        ("I was seen in emergency last week for asthma, now I need a follow up",),
    ],
    "not an emergency": [
        ("Not an emergency, just need a repeat prescription for my inhaler",),
        ("Not an emergency - I fainted once last week, fine now, want a check",),
    ],
    "a stranger the visitor saw fall or fit (看到一个人, 见到个阿伯, saw a man)": [
        ("刚才在公交站看到一个人晕倒，吓得我心慌",),
        ("剛剛喺街見到個阿伯暈低咗，嚇到我手震",),
        ("I saw a man collapse at the bus stop this morning and now I feel shaky",),
    ],
    "a blow to the head settled (没晕, 不吐, didn't pass out, not vomiting)": [
        ("头被砖头砸了一下，没晕，也没吐，起了个包",),
        ("hit my head on a steel beam at work, didn't pass out, not vomiting, just a lump",),
        ("工地上头被木板砸了，戴了安全帽，冇晕，冇呕",),
    ],
    "breathing that stops in sleep, told as what happens (睡着了会停止呼吸)": [
        ("我老公打呼很响，睡着了会停止呼吸",),
        ("老婆说我晚上睡觉会停止呼吸，白天老犯困",),
    ],
    "the skin around the mouth after a food (嘴角, 嘴巴周围)": [
        ("吃了芒果，嘴角红肿发痒",),
        ("食完菠萝，嘴巴周围一圈红肿",),
    ],
    "sunburn blistered over a part (肩膀, nose)": [
        ("晒伤了，肩膀上起了好多水泡，很疼",),
        ("Got sunburnt at the pool, blisters all over my nose",),
    ],
    "a period's pain whenever it comes, heavy periods every month": [
        ("女儿来月经就疼得打滚，止痛药没用",),
        ("一来例假就痛得在床上打滚",),
        ("My periods are very heavy every month and I get dizzy",),
    ],
    "a limb swollen out of shape (肿得变形, 肿到变晒形)": [
        ("打篮球摔了一跤，脚踝肿得变形了",),
        ("跌親之後手腕腫到變晒形",),
    ],
    "a limb crushed a few days ago, its swelling now (前两天, 前几天)": [
        ("前两天脚被车轮压了一下，现在肿得发亮",),
        ("前几天手指头被机器压了，现在化脓了",),
    ],
}
# Red flags that stay: told beside a stranger's event, a settled word, a habit or a visit before.
STILL_EMERGENCIES = [
    ("刚才看到一个人倒地上抽，我也晕倒了",),
    ("在街上看到一个人倒地抽搐，我们把他送来了",),
    ("I saw a man collapse and now I have crushing chest pain",),
    ("头被钢管砸了，没晕，但是一直吐",),
    ("头被钢管砸了，当时晕了一下，现在不吐",),
    ("头被砸了，没晕，不吐，但是流了好多血",),
    ("被车撞到头，没晕，不吐",),
    ("老公打呼噜，今晚睡着睡着突然停止呼吸，叫不醒",),
    ("吃了花生，嘴巴肿了",),
    ("吃了虾，嘴唇肿起来了",),
    ("severe sunburn with blisters all over",),
    ("上个月挂急诊是因为气喘，今天又喘不上气，嘴唇发紫",),
    # An angle is a deformity, whatever the swelling.
    ("孩子摔倒后手腕整个歪向一边",),
    ("Not an emergency I guess, but my chest feels crushed and I'm sweating",),
    # What began days ago and goes on is now.
    ("前几天开始胸口压着痛，出冷汗",),
    ("每个月月经都多，这次出血特别多，头晕眼前发黑",),
    ("Heavy periods every month, but today I'm bleeding a lot and dizzy",),
    # Days ago is no history for a fall from a height, something swallowed or a bite.
    ("前几天从三楼摔下来，今天肚子越来越胀，头晕",),
    ("孩子前两天吞了一颗纽扣电池",),
    ("前两天被毒蛇咬了",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)


# The department each look-alike goes to where this round taught it (the first is enough).
LOOK_ALIKE_DESKS = [
    ("我吃华法林的，想问下头痛能不能吃布洛芬", "NEURO"),
    ("上个月挂急诊是因为胆结石，现在不痛了，想约外科", "GS"),
    ("I was seen in emergency last week for asthma, now I need a follow up", "RESP"),
    ("我老公打呼很响，睡着了会停止呼吸", "ENT"),
    ("晒伤了，肩膀上起了好多水泡，很疼", "DERM"),
    ("女儿来月经就疼得打滚，止痛药没用", "GYN"),
    ("My periods are very heavy every month and I get dizzy", "GYN"),
    ("打篮球摔了一跤，脚踝肿得变形了", "ORTHO"),
    ("hit my head on a steel beam at work, didn't pass out, not vomiting, just a lump", "NSURG"),
    ("Not an emergency - I fainted once last week, fine now, want a check", "NEURO"),
]


def test_the_look_alikes_go_to_their_desk(engine: Engine) -> None:
    misses = off_their_desk(engine, LOOK_ALIKE_DESKS)
    assert not misses, misses
