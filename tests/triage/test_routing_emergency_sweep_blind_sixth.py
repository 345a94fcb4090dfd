"""The sixth emergency sweep written blind (150 complaints in English — lay and second-language —
Hong Kong Cantonese and Taiwan Mandarin: 100 emergencies in fourteen families and 50
look-alikes), its missed emergencies and false ones taught by family (concept, composition,
context), never by a file's sentence.

First run (the base commit): 87 of 100 emergencies, 3 of 50 false, 6 fallbacks (top-1 129 of
150); with this module's change (migration 0120) 100 of 100, 0 of 50, 3 fallbacks (top-1 143 of
150). No false alarm is kept and no emergency is judged mislabelled.

Why the emergencies missed:

- An appendix gone bad: a pain low on the right one dare not move for, walks bent over or cannot
  stand straight, with a fever, had only general surgery's rule (the navel-to-right pain, III).
  Beside it, a whole belly gone hard with the rebound is peritonitis as its whole pain was.
- Pancreatitis after drink in Cantonese: bent double said 彎晒腰 and the pain through to the back
  said 痛穿背脊.
- A caustic swallowed: 'an hour ago' said 一個鐘之前 read as history (之前 before the drinking);
  a drain cleaner named by its brand (Drano) was no chemical, and its burns round the mouth no
  sign of one.
- Choking: the g dropped in speech ('eatin grapes') was left a word no rule knew (one edit also
  reached 'eaten'); a weak cough and a high noise breathing in (stridor) after a toy in the mouth
  were no sign the foreign-body rules knew.
- A goodbye texted with the rope ready: no rule joined a farewell with a means at hand.
- A COPD 'cannot get the breath' with the 'finger machine show 82': neither the machine nor 'show'
  was an oximeter's reading.
- A fit that stops and starts with no waking between (status epilepticus); a child's fever with
  'his eyes roll up and body shaking' (the rule had only 'eyes rolled').
- A stroke: 'cant feel his left side', things dropped called 'stuff' and 'talkin weird'.
- A heart attack in a second language: the chest 'like somebody squeeze', the face 'very white'.

Why the false ones fired:

- A dizziness on standing for months, 'never fainted' said 未試過暈低 (Cantonese 試過, ever):
  the faint was not denied.
- An EpiPen to renew (覆配, 過咗期) with no reaction: the renewal was known only in English.
- A Taiwan series (影集) about suicide: a film, a show or a drama was a topic, 影集 was not.

Left as they are: the sweep's seven top-1 misses that are no emergency question (a runny nose
at 37.8 to the ear-nose-throat desk, not the children's; the dizziness on standing to neurology,
not general practice or cardiology; a sick note and copies after food poisoning; a healed bump's
scar; months of food going down the wrong way; a baby first-aid course; the EpiPen renewal to
general practice). Every wording in the tables is our own, in Simplified and Traditional Chinese
(with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-sixth.jsonl"

EMERGENCIES = {
    "an appendix gone bad: a pain low on the right one dare not move for, with a fever": [
        "儿子右下腹疼得不敢动，走路弯着腰，烧到39度",
        "我老婆右下邊肚痛到唔敢郁，發燒38.9",
        "右下腹痛了一天，现在直不起腰，还发烧",
        "my husband has pain in the lower right of his belly, he can't stand up straight and has "
        "a fever of 39",
        (
            "my daughter's tummy hurts low on the right, she's bent over and can't walk straight, "
            "fever 38.6",
            12,
        ),
    ],
    "pancreatitis bent double in Cantonese, through to the back": [
        "我阿爸飲咗酒之後上腹痛到彎晒腰，痛到背脊，嘔咗好多次",
        "老公喝完酒胃痛到弯着腰，一直痛到背后，吐了好几次",
        "上腹痛到直唔起腰，痛穿背脊",
    ],
    "a caustic swallowed hours ago, or named by its brand": [
        "我阿爺兩個鐘之前飲咗漂白水，而家喉嚨好痛，一路流口水",
        "我妈半个钟头之前喝了洁厕灵，现在嘴里烧得慌，一直吐",
        ("my son drank some drano, he is drooling and crying", 3),
        ("my toddler got into the harpic under the sink, there are burns around his mouth", 2),
        "he swallowed some Domestos by mistake and his mouth is burning",
    ],
    "choking: a dropped g, a weak cough or a high noise breathing in": [
        ("my little boy was eatin popcorn and now hes gagging and can't make a sound", 3),
        (
            "my baby put a bead in her mouth, now her cough is weak and she makes a high noise "
            "when she breathes in",
            1,
        ),
        ("孩子把小玩具放进嘴里，现在咳得很弱，吸气有怪声", 2),
        ("個仔將粒波子放入口，而家咳到冇力，吸氣有啲嘶嘶聲", 2),
        ("she was chewin a sweet and started chokin, she is turning blue", 5),
    ],
    "a goodbye sent with a means of self-harm ready": [
        "my brother sent me a goodbye text and says he has the pills ready",
        "我朋友发信息跟我告别，说绳子已经准备好了",
        "佢send咗個訊息同我講再見，話已經買咗炭",
        "my daughter left a farewell note and said she bought a rope",
    ],
    "breath that cannot be got, an oximeter called a finger machine": [
        "my dad has COPD, he cannot get the breath, the finger machine show 84",
        "grandma's finger device says 83 and she is very sleepy",
        "my mother have asthma, she cannot get her breath and she is confuse",
    ],
    "a fit that stops and starts with no waking between, the eyes rolled up": [
        "my brother fell down shaking, it stopped, then he started shaking again and never woke "
        "up in between",
        "老公倒在地上抽，停了又抽，中间一直没醒",
        "阿爸喺街度跌低咗抽筋，停咗又抽，中間都冇醒過",
        ("my son has a fever of 39.8 and his eyes roll up and his arms are jerking", 2),
        ("her eyes rolled back and her whole body is stiff, she has a high fever", 4),
    ],
    "a stroke: one side without feeling, things dropped and strange talk": [
        "my grandad just woke up and can't feel his right side, his talking is weird",
        "my mum suddenly cannot feel her left side and keeps dropping her cup",
        "she keeps dropping stuff and is talking weird all of a sudden",
        "阿嫲突然半边身冇知觉，讲嘢唔清楚",
        "我爸刚睡醒，右半边没感觉，说话含糊",
    ],
    "a chest squeezed with the face gone white": [
        "my uncle says his chest is tight like someone squeeze it, his face is white",
        "chest feels squeezed and she's gone pale, she has vomited",
        "my father chest pain, his face grey and he vomit",
    ],
}

NOT_EMERGENCIES = {
    "a pain low on the right without a fever, or an appendix gone": [
        "右下腹疼了一天，按着疼，没发烧，还能走",
        "my stomach hurts low on the right since this morning, no fever, I can walk fine",
        "右下邊肚有啲痛，冇發燒，想睇吓係咪盲腸炎",
        "I had my appendix out last year, can I get a copy of the report",
    ],
    "a caustic asked about, a whiff or a splash": [
        "what should I do if my toddler drinks drano, how do I childproof the cabinet",
        "我用漂白水洗厕所，吸到啲味有少少头晕，而家出咗去冇事",
        "手沾到了洁厕灵，有点红，冲过水了",
    ],
    "a child eating or a weak cough with a cold": [
        ("my little boy was eatin his lunch and coughed once, now he is fine and playing", 3),
        ("孩子把玩具放嘴里咬，没咳嗽，呼吸正常", 1),
        ("my daughter has a weak cough and a runny nose for two days", 4),
    ],
    "a goodbye or a rope with no harm meant, suicide as a series' topic": [
        "we are going camping, I have got the rope ready and said goodbye to my mum",
        "最近追一部講自殺的影集，心情有點差，想找人聊聊",
        "睇咗套講自殺嘅劇集，有啲唔開心，但我冇諗過傷害自己",
        "I watched a series about suicide and felt low, I have no thoughts of hurting myself",
    ],
    "dizziness on standing for months, never fainted": [
        "我成日一企起身就头晕，几个月了，未试过晕低",
        "站起來的時候頭有點暈，好幾個月了，從來沒暈倒過",
        "I get dizzy when I stand up, for months, never fainted",
    ],
    "an EpiPen to renew": [
        "我想覆配EpiPen，舊嗰支過咗期，最近冇發作",
        "肾上腺素笔过期了，想再开一支",
        "I need a new EpiPen prescription, mine expired, no reactions lately",
    ],
    "eyes rolled in a mood, a known epilepsy, shaking with cold": [
        "my son rolls his eyes at me whenever I ask him to tidy up",
        "我有癫痫，以前抽过几次，现在吃药控制得很好，来开药",
        "I keep shaking with cold again and again, and have a fever",
    ],
    "a lip numb after the dentist, weird words, a pale face alone": [
        "I can't feel my left side of the lip since the dentist injection this morning",
        "my son keeps talking weird words he learned at school",
        "my chest feels fine, I just look pale, is it anaemia",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "右下腹疼，按下去一松手更疼，整个肚子都硬了，发烧",
    "孩子喝了一口洁厕灵，嘴里起泡，一直流口水",
    ("孩子吃葡萄噎住了，脸发紫", 2),
    "我已经把安眠药攒了一瓶，准备今晚全部吃掉",
    "抽了十分钟还没停，叫不醒",
    "突然一边手脚没力，说话不清楚",
    "胸口压着疼，出冷汗，左手臂麻",
    "吃了花生以后喉咙发紧，喘不上气",
    "站起来就晕倒了，现在叫不醒",
]

# Calm stories, each to its clinic.
CALM = [
    ("右下腹疼了一天，按着疼，没发烧，还能走", ("GS", "GI", "PEDSURG")),
    ("I need a new EpiPen prescription, mine expired, no reactions lately", ("ALLERGY", "PHARM")),
    ("我有癫痫，以前抽过几次，现在吃药控制得很好，来开药", ("NEURO", "PHARM")),
    ("最近追一部講自殺的影集，心情有點差，想找人聊聊", ("PSY",)),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
