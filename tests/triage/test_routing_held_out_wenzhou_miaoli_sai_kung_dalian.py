"""Four general days written blind in the first round of the session that began at `3506417` (a
drizzly Monday in Wenzhou's shoe workshops and markets, a strawberry Saturday in Miaoli, a Sunday
of hikers and kayaks in Sai Kung, a Thursday of sea fog in Dalian; 60 complaints each, 27
Simplified, 18 Traditional, 15 English, 20 emergencies). First read on `624a413`: top-1 55, 52,
55 and 51 of 60 (213 of 240, 88.8 %), 77 of 80 emergencies (96.3 %), 10 false alarms of 160
(6.3 %). Read then: 238, 80 and none (the floors below).

Red flags: an e-bike rider knocked down by a lorry ("被货车带倒") with a left belly worse and a
face white as paper; a boy's testicle told as "下面左边那颗" or "下面（蛋蛋）" with a sudden pain
(the brackets end a clause).

False alarms: aching "like I got hit by a truck" (a simile); a chest sore to press after a day
of lifting or swinging a whip, breathing smooth ("喘气是顺的") and no sweat (a sweat, a faint or
a sickness denied no longer keeps the strain's red flag); a bowl of pig's blood soup before a
black stool; blood spat while brushing the teeth, once thought vomited; an ankle "going blue on
the outside" (a bruise's colour); a heap of strawberries eaten ("吃了一大堆" is an overdose only
of a medicine); a graze with the head not knocked ("头也没磕着"); a swim in Cantonese ("落水游
水", 落水 followed by a swim or a sting is no drowning).

Desks: "woke up with 38.6" (a reading after "woke up with" or "came down with"); "not on any
blood thinners", "I don't take blood thinners" (a context step: a medicine denied); a stroke or
a fracture with the doctor saying to practise (rehabilitation, a rule of its own); orthopaedics
named as a past visit (骨科看过); a friend already stitched in the emergency department; Oriental
Beauty tea and a heart that goes 碰碰; a nose blown bloody, then streaks in the phlegm; "the
pills" (not the contraceptive pill); a hot teapot touched; a cherry stone or a grape seed
swallowed; Cantonese admission with a deposit (留院, 交按金).

Left: an itemised receipt a travel insurer wants (the writer chose billing; the hospital's rule
sends papers an insurer asks for to the insurance desk); a migraine of years with the usual
medicine asked for (the writer chose neurology; a repeat prescription is the pharmacy's by the
rules).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("骑摩托被大货车带倒了，肚子越来越胀，脸色发白", 40),
    ("我儿子说下面右边那颗突然痛得厉害，还吐了", 13),
    ("孩子说下面（蛋蛋）突然很痛，肿起来了", 12),
]
LOOK_ALIKES = [
    ("Had the flu, every muscle aches like I was hit by a bus, fever 38.9", ("FEVER", "GP"), 35),
    ("搬了一下午货，右边胸口一按就疼，转身也疼，喘气是顺的，不出汗", ("ORTHO", "GP"), 40),
    ("前年脑梗，现在左手还是不灵活，医生说要多练练，去哪里练", ("REHAB",), 68),
    ("腳骨折開完刀，醫生叫我要練走路，要去哪裡練", ("REHAB",), 50),
    ("泡了一下午东方美人，心脏碰碰跳到半夜睡不着，现在好多了", ("CARD",), 40),
    ("早上擤鼻涕流血了，一下就止住，后来痰里有点血丝，不咳嗽", ("ENT",), 35),
    ("我朋友昨天骑车摔了，已经在你们急诊包扎好了，我也摔了一下，今天脚踝肿", ("ORTHO",), 33),
    ("前天喝了一大碗鸭血汤，今天大便有点黑，没有不舒服", ("GI",), 55),
    ("sprained my wrist, it's swollen and going blue on the side, I can move it", ("ORTHO",), 30),
    ("小朋友吃了一大堆荔枝，脸上起了几粒红疹，呼吸正常", ("PED", "DERM"), 6),
    ("woke up with 38.8 and a really sore throat, no cough", ("FEVER", "GP"), 30),
    ("Gums bleed when I brush and I bruise easily. I'm not on any blood thinners.", ("HEME",), 50),
    (
        "small nosebleed this morning, stopped quickly. I don't take blood thinners, just want it checked",
        ("ENT",),
        45,
    ),
    ("刷牙吐出来全是血沫子，吓得以为吐血了，牙龈有点肿", ("DENT",), 35),
    ("滑了一跤，手掌擦破皮在渗血，头没磕到", ("GS", "GP"), 40),
    ("Paid at the window, where can I get the pills now?", ("PHARM",), 50),
    ("touched the hot kettle, a small blister on my thumb", ("BURN", "GS"), 30),
    ("my son swallowed a cherry pit, he's fine and eating", ("PED",), 4),
    ("醫生話要留院，去邊度辦手續交按金？", ("ADMIT",), 60),
    ("尋日落水游完水，今日耳仔入咗水咁塞，有啲痛", ("ENT",), 20),
]

TestHeldOutWenzhouMiaoliSaiKungDalian = taught_theme_tests(
    {
        "routing-wenzhou-monday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-miaoli-saturday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-sai-kung-sunday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-dalian-thursday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_a_medicine_denied_is_not_taken() -> None:
    assert mention("bruises everywhere. Not on any blood thinners.", "blood thinners").negated
    assert mention("it stopped. I don't take aspirin.", "aspirin").negated
    # "not on" with no "any" before a place names where, not what is denied.
    assert not mention("the pain is not on the left chest", "chest").negated
