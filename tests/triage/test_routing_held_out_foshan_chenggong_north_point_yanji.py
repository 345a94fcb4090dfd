"""Four general days written blind in the seventh round of the session that began at `3506417` (a
Thursday of kilns and lion dances in Foshan, a Monday in Chenggong on the Taitung coast, a
Sunday in North Point, a freezing Wednesday in Yanji; 60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies). First read on `10bc7c5`: top-1 55, 58, 56 and 56 of
60 (225 of 240, 93.8 %), 78 of 80 emergencies (97.5 %), 4 false alarms of 160 (2.5 %). Read
then: 236, 80 and 1 (the floors below).

Red flags: a Hokkien stroke ("喙歪一爿": 喙 is the mouth); a child pulled from a pool's deep end
by a lifeguard who coughed up water (救生员…拉上来, 掉进深水, 吐水).

False alarms: "exhausted" with bruises (exhaust, a fume's word, is no longer read inside
"exhausted": the fumes are said as exhaust fumes, a car's exhaust or its pipe); an ear "nothing
coming out of it" (no bowel); a friend's "might be a stroke" with the face and the talking told
fine.

Desks: a cup just out of the kiln touched (a burn); a lion dancer's chest strain with last
month's ECG normal at a check (the check named as past); a child who speaks two words and does
not answer to his name (child health, no withdrawal); Cantonese weak stream (屙尿唔畅, 滴滴吓);
a sled's fall ("sled" is no SLE: lupus's letters are read as a word of their own); itchy red
bumps on the neck (no knock).

Left: a forgotten insurance card refunded after a Saturday in the emergency department (the
writer chose billing, the rules the insurance desk); a snow shovel's rib pain that hurts on
coughing (the cough's rule outweighs the ribs'); a stent's blood thinners running out (the
pharmacy's hint outweighs a cardiac history of two years ago); a hernia operation's admission
papers asked in English (the surgery named outweighs the desk).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阮阿嬤喙歪一爿，講話攏聽無", 80),
]
LOOK_ALIKES = [
    ("学整陶，手指掂到啱出窑嘅碗，起咗个水泡", ("BURN",), 30),
    (
        "since the long flight my left ear feels blocked and sore, nothing coming out of it",
        ("ENT",),
        45,
    ),
    ("举了一下午狮头，胸口下面手按上去也痛，上个月体检心电图正常", ("GP", "ORTHO"), 22),
    ("孩子两岁多只会叫爸爸妈妈，叫他名字也不理人", ("CHILD", "PED"), 2),
    (
        "my thumb and fingers go numb at night, a friend said it might be a stroke but my face and talking are fine",
        ("ORTHO", "NEURO"),
        45,
    ),
    (
        "My daughter fell off her sled, elbow sore, x-ray was fine, follow-up today",
        ("PEDSURG", "ORTHO"),
        9,
    ),
]

TestHeldOutFoshanChenggongNorthPointYanji = taught_theme_tests(
    {
        "routing-foshan-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-chenggong-monday-held-out-sweep.jsonl": (59, 20, 1),
        "routing-north-point-sunday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-yanji-wednesday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
