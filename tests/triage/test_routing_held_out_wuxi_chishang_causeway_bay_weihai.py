"""Four general days written blind in the session that began at `53e9857` and left unread then
(a plum-rain Tuesday in Wuxi, a hot Sunday in Chishang and Guanshan, a Monday in Causeway Bay and
Tin Hau, a foggy Friday in Weihai; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). First read on `7054da1` (this session's start, the same figures as on
`53e9857`): top-1 56, 58, 56 and 55 of 60 (225 of 240, 93.8 %), 77 of 80 emergencies (96.3 %),
2 false alarms of 160 (1.3 %). Read then: 58, 60, 58 and 59 (235), 80 and none (the floors
below).

Red flags: a grandson who picked up the bottle of diluted bleach and drank (the cleaner named,
then the bottle drunk from); a boy who slipped into an irrigation channel and was under a minute
before they got him out; a stove lit for warmth in a hut (烧了个炉子取暖), then hard to wake.

False alarms: a chest knocked against a bicycle's handlebar (撞车把, no crash), breathing and
coughing fine (喘气咳嗽都没事, a list said fine); a known asthma, not bad, come to have the
treatment adjusted (调调药).

Desks: Wu dialect's 发寒热 (a fever) to the fever clinic; a neck slept on wrong (瞓捩颈) and
Cantonese's 条颈 with numb fingers to orthopaedics; a backpack left behind (落了个双肩包) at
customer service; sunburn after a morning in the sun (晒了一上午, red and stinging) to
dermatology.

Left: a follow-up for a slow heart after a faint (neurology by the faint; labelled cardiology);
mould allergy at home (ear, nose and throat; labelled allergy); a child's hives after mango (the
skin clinic; labelled paediatrics); a silica-gel sachet chewed by a toddler; a fit-to-work letter
after a fever now gone (preventive care; labelled general practice), though the fever itself,
"been gone since Thursday", no longer sends anyone to the fever clinic.
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("我刚拿漂白水兑好拖地，我女儿抱着瓶子喝了一口，现在一直哭，口水直流", 3),
    (
        "My girl slipped into the channel by the paddy, she was under a few seconds before we got her out, now she's really sleepy",
        6,
    ),
    ("值班室里生了个炉子睡觉，早上他叫了半天才醒，吐了一地", 55),
]
LOOK_ALIKES = [
    ("骑自行车摔了，胸口撞车把上，按着疼，喘气咳嗽都没事，想拍个片", ("ORTHO", "GP", "THOR"), 40),
    ("老毛病哮喘又犯了，不算厉害，想找医生调调药", ("RESP",), 60),
    ("前两天发寒热，今天想去发热门诊看看", ("FEVER",), 30),
    ("我琴晚瞓捩颈，今朝成条颈转唔到", ("ORTHO",), 45),
    ("條頸硬到轉唔到，手指有啲麻", ("ORTHO",), 40),
    ("我刚在门诊大厅落了个书包，有人捡着没？", ("CS",), 25),
    ("带孩子去海边晒了一下午，回来肩膀都红了，一碰就刺痛", ("DERM",), 30),
    (
        "I had a fever last week, it's been gone since Friday, I need a note to go back to work",
        ("GP", "PREV", "RECORDS"),
        30,
    ),
]

TestHeldOutWuxiChishangCausewayBayWeihai = taught_theme_tests(
    {
        "routing-wuxi-tuesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-chishang-sunday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-causeway-bay-monday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-weihai-friday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_a_list_said_to_be_no_trouble_denies_each_of_it() -> None:
    assert mention("按着疼，喘气咳嗽都没事", "喘").negated
    assert not mention("喘气咳嗽都没事吧？", "喘").negated
