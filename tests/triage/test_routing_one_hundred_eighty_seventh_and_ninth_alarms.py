"""The missed emergencies and false emergencies of the one hundred and eighty-seventh and
one hundred and eighty-ninth hand-written files (60 complaints each, written blind), taught by
family (migration 0113), never by a file's sentence: the tables below hold our own wordings in
Simplified and Traditional Chinese (Cantonese among them) and in English, their look-alikes and
the red flags beside them.

First run (the base commit aa0ae2b): the 187th file 57 of 60 at top-1, 20 of 20 emergencies, 1 of
40 false; the 189th 53 of 60, 18 of 20, 2 of 40. With this module's change: 58 of 60, 20 of 20,
0 of 40; 57 of 60, 20 of 20, 0 of 40 (the top-1 misses left are other desks', not alarms).

Emergencies:
- An acid named bare (the tank's acid, 酸溅到眼睛) or by its bath (电镀液, 酸洗液, plating
  solution) splashed into an eye: the bare 酸 is no form of the chemical concept (酸痛, 腰酸,
  反酸), so only the OPH sight-loss rule read "溅到眼睛" (no alarm). It is read now only when it
  splashes, sprays or gets into an eye; the baths and the named acids are chemicals.
- Blood coming through the towels, cloths or the bandage held on a wound ("bleeding through two
  towels", 血把毛巾都浸透了): heavy bleeding knew a towel soaked, not blood through it, and
  "bleeding through" (a bleeding that does not stop) wanted a word of pressing. A sleeve or a
  glove caught in a lathe or a press (a limb drawn in) was no limb caught: the limb was not
  named before "caught in" (a sleeve caught in a car door stays calm: only machines count).

False emergencies:
- A voice sung or shouted hoarse until no word comes out (哑得说不出话), with a throat that
  feels as if something were stuck: the foreign-body composition read the stuck feeling as a
  foreign body and the lost voice as a blocked airway. A voice lost to hoarseness is no airway's
  sign unless a breathing trouble, a colour change, drooling or not swallowing is said after it.
  The stroke's signs knew a hoarse voice (嗓子哑, 哑咗) as no sign of theirs; the Cantonese 啞晒
  is one too.
- A stroke asked about ("could this be a stroke", 会不会是中风) with its signs denied (no
  weakness, no numbness, speech fine) and none said: the stroke named alone fired. The stroke's
  signs keep their own rules (a drooping face, slurred speech, one weak side still fire, asked or
  not).
- A barcode scanned again and again "with no response" (条码扫了几次都没反应): the unconscious
  rule's 没反应, which knew a card or a code swiped, not a barcode or a scan said by its count.

Noticed and left (no miss of these files): "说话不清楚" (slurred speech said with 不清楚, a word
of the segmenter's list) is no stroke sign of its own, so "是不是中风…说话不清楚" is no alarm
before or after this change; "口齿不清" is.
"""

from tests.triage.taught_batches import alarm_family_tests

EMERGENCIES = {
    "an acid named bare or by its bath splashed into an eye": [
        "电镀车间的酸溅进他眼睛里了，睁不开眼",
        "酸洗池的酸水崩到他眼睛里，疼得直叫",
        "鍍液濺到眼睛，一直流眼淚睜不開",
        "啲酸濺咗入眼，好痛擘唔開眼",
        "some plating solution splashed into his eyes at work",
    ],
    "blood through the towels or the bandage on a wound": [
        "手臂被玻璃划了个大口子，血把毛巾都浸透了",
        "腿上割了一刀，纱布被血湿透了",
        "手臂割傷，血滲透了兩條毛巾",
        "隻手界親，啲血滲透咗條毛巾",
        "he cut his leg on a saw and it's bleeding through the towels we put on it",
        "the bandage on her arm has soaked through with blood",
    ],
    "a sleeve or a glove caught in a machine": [
        "his glove got caught in the conveyor and dragged his hand in",
        "my husband's sleeve got caught in the lathe at work",
        "工人的袖子被机床卷进去了",
        "袖子被車床捲進去，手臂扯傷了",
    ],
}

NOT_EMERGENCIES = {
    "a voice sung or shouted hoarse, a throat that feels stuck": [
        "昨天喊了一天口号，今天嗓子哑得说不出话，喉咙里像有东西堵着",
        "教了一天課，喉嚨啞到講不出話，好像有東西卡著",
        "琴晚唱K唱到把聲啞晒，出唔到聲，喉嚨好似有嘢卡住",
        "I shouted at the football all night and now I'm so hoarse I can't speak, it feels "
        "like something is stuck in my throat",
    ],
    "a stroke asked about with its signs denied": [
        "Is this a stroke? I've had a dull headache since the long drive, no weakness or "
        "numbness and my speech is fine",
        "Could this be a stroke? Just a mild headache, no numbness, no facial droop",
        "头有点痛，会不会是中风？手脚都有力，说话也正常",
        "頭暈了兩天，是不是中風？手腳不麻，講話清楚",
        "頭痛咗兩日，會唔會中風㗎？手腳冇事，講嘢清楚",
    ],
    "a barcode scanned with no response": [
        "化验单的条码在机器上扫了好几次都没反应，怎么办",
        "二维码扫了半天没反应，报告打印不出来",
        "條碼刷了幾次都沒反應，報告印不出來",
        "張單嘅條碼掃咗幾次都冇反應",
        "I scanned the barcode on my lab slip three times and the machine does nothing",
    ],
    "beside the families": [
        "出了一身汗，衣服都湿透了",
        "伤口换药的时候纱布上有一点血",
        "sweat soaked through my shirt at the gym",
        "my sleeve got caught in the car door but I'm fine",
        "酸奶溅到眼睛里了一点，有点涩",
        "最近腰酸，眼睛也酸，是不是太累了",
    ],
}

STILL_EMERGENCIES = [
    "孩子吃花生呛到了，喘不上气，脸发紫",
    "吃鱼卡了骨头，喘不上气，说不出话",
    "my dad's face is drooping and his speech is slurred, is it a stroke?",
    "Could this be a stroke? no numbness but she can't speak properly",
    "会不会是中风？他嘴歪了，一边手没力",
    "是不是中风，手脚不麻，但是口齿不清",
    "扫码的时候我妈突然晕倒了，叫她没反应",
    "Could this be a stroke? no weakness, no numbness, but it was the worst headache of my life",
    "硫酸溅到眼睛里了",
    "his hand got caught in the machine",
]

AT_THEIR_DESK = [
    ("教了一天課，喉嚨啞到講不出話，好像有東西卡著", ("ENT",)),
    ("化验单的条码在机器上扫了好几次都没反应，怎么办", ("LAB", "CS")),
    ("头有点痛，会不会是中风？手脚都有力，说话也正常", ("NEURO", "GP")),
]

TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
