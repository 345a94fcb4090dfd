"""The alarms of the one hundred and eighty-sixth and eighty-eighth hand-written files (60
complaints each, written blind): three missed emergencies and five false ones, each taught here by
family (migration 0112), never by sentence; the tables below are our own wordings in Simplified and
Traditional Chinese (Cantonese among them) and in English, with their look-alikes.

First run (the base commit): 106 of 120 at top-1, 37 of 40 emergencies, 5 of 80 false (the 186th
53 of 60, 18 of 20, 3 of 40; the 188th 53 of 60, 19 of 20, 2 of 40); with migration 0112 113 of
120, 40 of 40, 0 of 80 (the 186th 58, 20, 0; the 188th 55, 20, 0). The seven misses left are other
desks' (no emergency in them).

Missed emergencies:
- A pesticide sprayed on a field named by its crop ("spraying the cane fields", 甘蔗地里喷药, 果园
  喷药, a knapsack sprayer): the pesticide concept knew "spraying the fields" and 地里打药, not the
  crop or the sprayer, so sweating, drooling and tiny pupils after it named no poison.
- A snake bite told by what the snake did ("a snake got him", "struck by a viper") or by its
  kind (竹叶青, 银环蛇, 饭铲头, cobra, krait): the rule held "bite" and 蛇咬 only. A new concept,
  `snake_kind`, holds the kinds.
- A carer's English for a stroke: one hand that "cannot hold" the spoon with words "not clear",
  or since an hour named ("since breakfast"). The English one-side rule and the two-sign rule
  lacked the hand that cannot hold; words not clear alone stay no sign (a child's speech, a screen).

False emergencies:
- Smoking told with its years between the verb and the smoke (抽了一辈子烟, 烟抽了几十年): 抽 was
  a jerking, and 今天 a sign of a fit; 抽烟 was already excepted, now its split forms are.
- A stroke or a heart attack named as what a screening or a check package looks for (脑梗筛查,
  心梗风险评估, stroke screening): a check, not one happening.
- A programme's general claim (养生节目说…是心梗前兆, 广播里讲, "a health show said"): the hearsay reading knew 电视上说 and 手机上讲 but not a programme or a feed named
  before 说 (context.py, with its step test).
- A fever with aching joints or body (dengue, flu), told before the headache: its "splitting"
  headache (要裂开, 受不了) was read as a thunderclap. A sudden or worst headache, a stiff neck, a
  rash or drowsiness said after the fever keep their flags, and so does a headache told first.
- Burnt by time in the sun ("fell asleep in the sun", then burnt and blistering), not said as
  sunburn: the burns clinic, as a sunburn is, unless a fever, vomiting or dizziness say more.

No label was left as a miss. Seen and left (not these files' alarms): a screen's claim followed by
"my father is like this now" (就是这样) is not revived by the likening, with 电视上说 as before;
a pet snake's bite is an emergency as every snake bite was.
"""

from tests.triage.taught_batches import alarm_family_tests

EMERGENCIES = {
    "a pesticide sprayed on a field named by its crop, then sweating or drooling": [
        "我爸在稻田里喷药，回来浑身是汗，口水直流，肌肉一跳一跳的",
        "他背着喷雾器打了一上午药，现在大汗淋漓，瞳孔很小",
        "阿叔喺果園噴藥，而家成身汗，口水流個不停",
        "my uncle was spraying the paddies all day, now he's drooling and his muscles are twitching",
        "she sprayed the orchard this morning without gloves and now she's vomiting with tiny pupils",
    ],
    "a snake bite told by the snake's kind or by what it did": [
        "爷爷在菜园里被竹叶青咬了手指，整只手都肿了",
        "我老婆割草时给银环蛇咬了一口，现在眼皮抬不起来",
        "阿爸喺山邊俾飯鏟頭咬咗，隻腳腫到紫晒",
        "a snake got my son on the ankle at the campsite, it's swelling fast",
        "he was struck by a viper while hiking, his leg is swollen and bruised",
    ],
    "one hand that cannot hold, with words not clear or an onset by the hour": [
        "my dad's left hand cannot hold his cup and his words are not clear, it started an hour ago",
        "since lunch her right hand can't hold the chopsticks and she sounds drunk",
        "Grandma's right hand couldn't hold the spoon this morning, and she can't speak clearly",
        "我妈早饭后右手拿不住勺子，说话也不清楚",
        "阿嫲今朝食完早餐右手揸唔住匙羹，講嘢唔清楚",
    ],
}

NOT_EMERGENCIES = {
    "smoking told with its years": [
        "抽了三十年的烟，最近早上老咳嗽，有痰，想查查肺",
        "我爸烟抽了一辈子，今天来配点止咳药",
        "阿爺抽咗幾十年煙，今日想搵醫生睇吓咳",
        "I've smoked for thirty years, today I'd like my morning cough checked",
    ],
    "a stroke or a heart attack named as a screening's": [
        "想做个脑梗筛查，单位体检套餐里有没有",
        "請問心梗風險篩查要掛哪個科",
        "where can I book a stroke screening, my company pays for a health check package",
        "我爸想做中风风险评估，他有高血压",
    ],
    "a programme's claim, one's own ache mild": [
        "电视上养生节目说手麻是中风前兆，我就是睡觉压麻了",
        "廣播裡講胸口痛係心梗先兆，我其實係咳到胸口痛",
        "a health show said jaw pain can be a heart attack, I just had a tooth pulled",
    ],
    "a fever's bad headache with aching joints or body": [
        "发烧38度7，头痛得受不了，浑身骨头酸痛，前几天去了东南亚",
        "發燒兩天，頭痛到要裂開，全身骨頭痠痛",
        "high fever since yesterday, splitting headache and my joints ache, got bitten by "
        "mosquitoes in Bali",
        "fever of 39 with a pounding headache and body aches all over",
    ],
    "burnt by time in the sun": [
        "spent the day in the sun at the beach, my back is badly burnt and blistering",
        "fell asleep under the sun by the pool, my shoulders are burnt and blistered",
        "went sunbathing and got badly burnt on my chest",
        "喺沙灘曬咗成日，背脊曬到起晒泡",
        "在海边晒了一下午，肩膀晒得起了水泡",
    ],
    "questions and calm stories beside the families": [
        "what if a cobra bites us on the trek, does the hospital keep antivenom?",
        "如果被竹叶青咬了应该怎么处理？我们下周去爬山",
        "I sprayed the orchard last week, feel fine now, could it have any long term effects?",
        "my right hand can't grip a jar lid for months, the doctor said arthritis",
        "the words on my phone screen are not clear, everything looks blurry",
        "my 3 year old's words are not clear yet, is that normal?",
        "右手拿不住东西好几个月了，手腕一用力就疼",
    ],
}

STILL_EMERGENCIES = [
    "他抽烟的时候突然倒地，全身抽搐，口吐白沫",
    "抽了一辈子烟，今天突然倒地抽搐，叫不醒",
    "我爸刚做完脑梗筛查回家就嘴歪了，说话不清",
    "老公突然说话不清楚，嘴歪了，右手没力",
    "胸口压着疼半小时，出冷汗，左胳膊麻",
    "养生节目说胸口压着疼是心梗前兆，我爸现在胸口压着疼，一身冷汗",
    "fever, splitting headache, stiff neck and a purple rash",
    "发烧，头痛，脖子硬，一直吐",
    "sudden worst headache of my life, no fever",
    "突然剧烈头痛，这辈子没这么痛过，吐了两次",
    "没发烧，突然头痛得要裂开，全身酸痛",
    "worst headache of my life, fever and aching joints",
    "fever and aching all over since this morning, now a sudden thunderclap headache",
    "發燒兩日，成身骨痛，今日突然頭痛到頂唔順，條頸好硬",
    "发烧两天，全身酸痛，今天突然头痛得要命",
    "burnt by boiling water all over his chest and arms",
    "fell asleep in the sun, badly burnt and now vomiting with a fever",
    "被蛇咬了，腿肿得发紫",
    "孩子喝了农药，口吐白沫",
]

AT_THEIR_DESK = [
    ("抽了三十年的烟，最近早上老咳嗽，有痰，想查查肺", ("RESP",)),
    ("where can I book a stroke screening, my company pays for a health check package", ("PREV",)),
    ("a health show said jaw pain can be a heart attack, I just had a tooth pulled", ("DENT",)),
    (
        "high fever since yesterday, splitting headache and my joints ache, got bitten by "
        "mosquitoes in Bali",
        ("FEVER", "INFECT"),
    ),
    (
        "fell asleep under the sun by the pool, my shoulders are burnt and blistered",
        ("BURN", "DERM"),
    ),
]

TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
