"""Four general days written blind in the session that began at `1714bc6` and left unread through
one session (a typhoon-warning Friday in Zhanjiang, a Thursday in Chiayi, a Friday in Tin Shui
Wai, a freezing Wednesday in Datong; 60 complaints each, 27 Simplified, 18 Traditional, 15
English, 20 emergencies). Scored on `1714bc6`: 224 of 240 at top-1, 78 of 80 emergencies, 6 false
alarms; on `672ffe6`: 226, 79, 4. First read on `3506417`: 54, 57, 57 and 58 (226 of 240,
94.2 %), 79 of 80 emergencies (98.8 %), 4 false alarms of 160 (2.5 %). Read then: 239, 80 and
none (the floors below).

Red flags: a fish "they said it was puffer" with numb lips and heavy arms (puffer named after a
fish eaten, not only as pufferfish).

False alarms: cutting sugarcane for a month (砍了 with a length of time or a crop is the work,
not a wound); a jellyfish met on a swim (落水 told with a jellyfish is a swim, not a drowning);
breathless on the stairs and "very pale" ("very" makes the breathlessness severe only when it
is said of it); a wrist too sore to hold the knife (a hand that cannot hold for pain is no
weakness of a stroke).

Desks: a growth of flesh on the white of the eye (pterygium); Hokkien's eyes (目睭) misty and
a grandfather's thin, slow stream of urine (尿不太出); a typhoon's fear with sleeplessness and
a racing heart at the sound of the wind (anxiety: "一听到…就心慌"); loin pain with urine "dark,
a little red" told over two clauses; discharge "down there" with a smell (下面…分泌); chewing
gum swallowed (no tooth, no foreign body); a thumb's numbness from hundreds of bowls a day
(carpal tunnel read with 一天, 每天, 天天); a dry, sore inside of the nose with streaks of blood
(a rule of its own, beside cracked lips); Hokkien's runny nose and itchy eyes (hay fever read
with any word for the eye).

Left: a mainland tourist asking whether an invoice and records can be claimed back at home (the
writer chose the insurance office or customer service; the invoice and the records pull to
billing and records, and the insurance rules stand back when records are named).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    (
        "I had fish soup at a night market, the seller said it was puffer. Now my mouth is numb and my fingers tingle",
        40,
    ),
]
LOOK_ALIKES = [
    ("砍了两个礼拜甘蔗，肩膀和腰酸痛", ("ORTHO", "PAIN", "REHAB"), 50),
    ("眼白上长了一块肉，越长越大，看东西有点挡", ("OPH",), 60),
    ("阿公講目睭霧霧，看物件攏無清楚", ("OPH",), 70),
    ("一听到打雷就心慌，晚上睡不好，已经半年了", ("PSY",), 35),
    ("我琴日落水游水俾水母掂到，手臂有條紅印，痕痕地", ("DERM",), 28),
    ("腰这边隐隐作痛，小便颜色很深，好像带点红", ("URO", "NEPH"), 45),
    ("爸爸尿尿要等好久，尿不太出来，晚上起好几次", ("URO",), 75),
    ("下面分泌多了，有点怪味，外面痒", ("GYN",), 30),
    ("my son swallowed a piece of chewing gum, he's fine, is that ok?", ("PED",), 5),
    ("I get breathless on the stairs and I look very pale lately", ("HEME", "GP", "RESP"), 50),
    ("包饺子一天包几千个，手腕疼得拿不住擀面杖，手指头发麻", ("ORTHO", "REHAB"), 45),
    (
        "lips cracked from the dry air, inside my nose is dry and sore, a bit of blood when I blow it",
        ("ENT",),
        30,
    ),
    ("落雨天鼻仔塞，拍咳啾，目睭痒", ("ALLERGY", "ENT"), 30),
]

TestHeldOutZhanjiangChiayiTinShuiWaiDatong = taught_theme_tests(
    {
        "routing-zhanjiang-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-chiayi-thursday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-tin-shui-wai-friday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-datong-wednesday-held-out-sweep.jsonl": (60, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
