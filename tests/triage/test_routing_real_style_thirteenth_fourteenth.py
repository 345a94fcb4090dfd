"""The misses of the thirteenth and fourteenth real-style files (60 online consultation questions
each, Simplified Chinese, written blind): six wrong desks and two false emergencies in the
thirteenth, two wrong desks in the fourteenth, every one taught here by family, never by sentence
(the tables below, our own wordings in Simplified and Traditional Chinese and in English, and
look-alikes that keep their desk or stay an emergency).

First run (commit b9c7dbb): the thirteenth 54 of 60 at top-1, 3 of 3 emergencies, 2 of 57 false;
the fourteenth 58 of 60, 3 of 3, 0 of 57. With this module's change (migration 0090): 60 of 60
and 60 of 60, 6 of 6 emergencies, no false one.

- A shoulder (or another limb) that hurts when lain on at night (睡觉压着就疼, 侧睡压到): a sore
  joint, the bone clinic's, not the chest-pressure red flag's (a chest pain or a cold sweat beside
  it still fires).
- Sudden attacks of a racing heart, trembling and breathlessness with a fear of dying, come again
  and again (犯了三次, "happened four times"), the heart already checked normal: panic, psychiatry's,
  no emergency (one happening now with blue lips still fires).
- Drinking that cannot be given up (酒戒不掉) told beside a liver result (fatty liver, raised
  transaminases): the liver's desk (gastroenterology), not the addiction service's.
- A pregnancy of some weeks with a little brown discharge or spotting and no pain: obstetrics', not
  gynaecology's (heavy bleeding or severe pain stays the red flag's; a pregnancy ruled out stays
  gynaecology's).
- Aspirin, clopidogrel or a statin taken after a stroke, with bleeding gums, bruises or stopping
  asked about: neurology's, who follow the stroke (a blood thinner for atrial fibrillation stays
  cardiology's).
- A heart attack or stents in the past, with exercise, a drink or the medicines for life asked
  about: cardiology's, not the pharmacy's.
- A tumour marker (CEA) above its normal range after a check-up: oncology's, not the check-up
  centre's.
- A check-up report with several arrows at once, which desk or one doctor for all: the check-up
  centre's, not the desk of whichever result is named first.
"""

from tests.triage.taught_batches import alarm_family_tests, desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a shoulder that hurts when lain on (the bone clinic)": [
        ("右肩痛了一个月，晚上睡觉压着就痛醒，手举不高", ("ORTHO", "PAIN", "REHAB"), 50),
        ("左邊肩膀痛，側睡壓著就痛，梳頭都困難", ("ORTHO", "PAIN", "REHAB"), 55),
        ("my shoulder hurts when I lie on it at night", ("ORTHO", "PAIN", "REHAB"), 52),
    ],
    "attacks of a racing heart, come again, checked normal (psychiatry)": [
        ("心慌喘不过气，感觉要死了，急诊查心电图都正常，这两个月发作了四次", ("PSY",), 30),
        ("突然心跳好快、透不過氣，以為自己要死，檢查都正常，已經發作了好幾次", ("PSY",), 28),
        (
            "I keep having attacks where my heart pounds and I can't breathe, I feel I'm dying, "
            "the tests in the emergency room were all normal, it has happened four times",
            ("PSY",),
            33,
        ),
    ],
    "drinking not given up beside a liver result (gastroenterology)": [
        ("体检查出脂肪肝，转氨酶高，平时爱喝酒，戒不掉怎么办", ("GI",), 45),
        ("體檢說有脂肪肝，肝功能轉氨酶偏高，喝酒戒不了", ("GI",), 48),
        (
            "my liver enzymes are high and I have a fatty liver, I drink a lot and can't quit",
            ("GI",),
            50,
        ),
    ],
    "a little discharge in a pregnancy (obstetrics)": [
        ("怀孕七周，内裤上有点咖啡色分泌物，不痛", ("OB",), 29),
        ("懷孕十週，今天有一點點褐色分泌物", ("OB",), 31),
        ("I'm 8 weeks pregnant and have a little brown discharge, no pain", ("OB",), 27),
    ],
    "a blood thinner after a stroke (neurology)": [
        ("以前中风过，一直吃氯吡格雷，最近刷牙出血，能不能停药", ("NEURO",), 68),
        ("腦梗後一直食阿司匹林，最近容易瘀青，可以停嗎", ("NEURO",), 72),
        ("I had a stroke last year and take aspirin, my gums bleed, can I stop it", ("NEURO",), 70),
    ],
    "life and medicines after a heart attack or stents (cardiology)": [
        ("前年心梗做了支架，现在能不能运动，能喝酒吗", ("CARD",), 58),
        ("放了支架兩年，藥要長期吃嗎，可以跑步嗎", ("CARD",), 62),
        (
            "I had a heart attack and two stents last year, can I go running and have a drink",
            ("CARD",),
            55,
        ),
    ],
    "a tumour marker above normal (oncology)": [
        ("体检癌胚抗原偏高，是不是得癌了，要做什么检查", ("ONC", "GI", "GP"), 52),
        ("體檢腫瘤標誌物超過正常值，很擔心", ("ONC", "GP"), 47),
        (
            "my tumour marker CEA came back raised on a health check, what should I do next",
            ("ONC", "GP"),
            58,
        ),
    ],
    "a check-up report with several arrows (the check-up centre)": [
        ("体检报告好几项箭头，血脂高、尿酸高、血糖也高，先看哪个科", ("PREV", "GP"), 46),
        ("體檢報告一堆異常，膽固醇高、肝功能高，可以一起看嗎", ("PREV", "GP"), 51),
        (
            "my health check results show several things high, cholesterol, uric acid and sugar, "
            "which clinic",
            ("PREV", "GP"),
            49,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # Wanting to stop drinking with no liver result stays the addiction service's.
    ("想戒酒，每天喝半斤白酒，自己戒不掉", ("PSY",), 45),
    # A blood thinner with bleeding gums and no stroke, or for atrial fibrillation: cardiology.
    ("房颤一直吃华法林，最近牙龈出血", ("CARD",), 70),
    ("吃阿司匹林，最近刷牙牙龈出血", ("CARD",), 65),
    # A check-up report with one finding named goes to that finding's desk.
    ("体检报告说有肺结节，挂哪个科", ("RESP", "THOR"), 50),
    # A discharge with no pregnancy stays gynaecology's; palpitations alone stay the heart's.
    ("白带多，下面痒，有异味", ("GYN",), 30),
    ("最近总是心慌，心跳很快", ("CARD",), 40),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("怀孕八周，流了很多血，肚子剧痛", 30),
    ("I had a heart attack last year, now I have crushing chest pain and sweating", 60),
    ("去年放了支架，现在胸口压着痛，喘不上气", 62),
]

TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)


# The two false emergencies: a shoulder lain on read as chest pressure, and panic attacks that
# come again, the heart checked normal, read as the breathlessness red flag.
TestAlarmFamilies = alarm_family_tests(
    {
        "chest pressure or breathlessness happening now": [
            "胸口压着疼，出冷汗，左肩也痛",
            "睡觉压着左肩就疼，现在胸口也痛，出冷汗",
            "心慌喘不过气，心电图都正常，这个月发作了三次，现在还喘不上气，嘴唇发紫",
            "my heart races and I can't breathe, the ECG was normal, it has happened three times "
            "and right now my lips are blue",
        ],
    },
    {
        "a shoulder lain on, or panic attacks that come again with normal tests": [
            "右肩痛，晚上侧睡压到就痛醒，手抬不起来",
            "左邊肩膀痛，側睡壓著就痛，梳頭都困難",
            "心慌喘不过气，感觉要死了，急诊查心电图都正常，这两个月发作了四次",
            "突然心跳好快、透不過氣，以為自己要死，檢查都正常，已經發作了好幾次",
            "my heart races and I can't breathe, I think I'm dying, the ECG was normal but it has "
            "happened five times",
        ],
    },
    ["喘不上气，嘴唇发紫", "crushing chest pain with sweating, it goes to my left arm"],
    [
        ("右肩痛，晚上侧睡压到就痛醒，手抬不起来", ("ORTHO", "PAIN", "REHAB")),
        ("心慌喘不过气，感觉要死了，急诊查心电图都正常，这两个月发作了四次", ("PSY",)),
    ],
)
