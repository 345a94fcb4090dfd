"""The first emergency sweep written blind (150 complaints: 100 emergencies in nine families —
overdose and poisoning, carbon monoxide, anaphylaxis, breathing failing, choking, seizure,
collapse, hypoglycaemia, heat stroke — and 50 look-alikes), its missed emergencies and false ones
taught by family (concept, composition, context), never by a file's sentence.

First run (the base commit): 87 of 100 emergencies, 5 of 50 false (top-1 125 of 150); with this
module's change (migration 0116) 100 of 100, 0 of 50 (top-1 142 of 150). No false alarm is kept.

Why the emergencies missed:

- A hypo (four of them): the diabetic not eating was told clauses after the diabetes (the rule
  read one clause) and as 吃不下饭, an empty stomach (空着肚子) or after a run at school; the sugar
  tablet named by its drug (格列美脲, gliclazide) was no diabetes; a diabetic suddenly drenched in
  sweat, staring and not answering had no rule; 今儿 (today in the north) did not turn a story
  of years to now, so 叫不醒 stayed history.
- A child into an adult's tablets: the tablets named by their drug (硝苯地平, 格列美脲) were no
  medicine, and told with 把 (the medicine before the eating) or dug out (扒出来).
- Asthma: a reliever with no improvement (没改善), speech cut short (话都讲不完整), the tripod.
- A small object a child put in her mouth, then a cough that will not stop and fast breathing, or
  told as breathed in: the foreign-body rule wanted the object stuck or swallowed.
- A detergent pod bitten into with the pod a few words after the bite.
- A fit in Cantonese: 眼反晒白, 硬晒 and 手脚一直震.
- Heat stroke in the field at noon (晌午头) with hot skin and no sweat: no heat word the rule knew.
- Carbon monoxide: a gas water heater 'installed in' (装在) the bathroom read as asking to
  install one; a bather who collapsed with red lips now fires.
- An allergy after a drip just finished (输完) with the throat blocked (嗓子眼堵得慌).
- A collapse with no pulse (摸不着脉) and someone doing CPR.

Why the false ones fired:

- Heat stroke asked of as prevention (avoiding heatstroke in a marathon's training).
- A heart monitor's results for a faint 'back in May': a month gone by was no past.
- Charcoal poisoning heard of on the news with everyone at home well; a carbon monoxide detector
  to choose (探测器): the poisoning rule held 一氧化碳 and 烧炭 with no sign.
- A fish bone with 说话喘气都没问题: 喘 read inside 喘气 (breathing), said fine after it.

Left as they are: the sweep's eight top-1 misses that are no emergency question (a CPR or
Heimlich course, a marble passed, pesticide residue, late brain damage after gas poisoning,
night cramps, heat tonic to stock, the detector's lecture) go to a calm desk other than the one
the writer chose. Every wording in the tables is our own, in Simplified and Traditional Chinese
(with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-first.jsonl"

EMERGENCIES = {
    "a diabetic's hypo: no meal, an empty stomach, exercise, or a sudden sweat and stare": [
        "我爸有糖尿病，吃格列齐特，这两天胃口差吃不下东西，刚才满头冷汗叫他不太应",
        "我自己一型糖尿病，早上没吃早饭去打球，现在手抖心慌，眼前发黑",
        ("孩子1型糖尿病，踢完球回来晕乎乎的，手脚有点抽", 10),
        "我老公有糖尿病，吃饭的时候突然发呆，一身冷汗，叫他也不理",
        "我爸有糖尿病，吃格列美脲好多年了，今儿没吃饭，浑身冷汗叫不醒",
        "我阿爸有糖尿病，食唔落嘢两日，而家出冷汗，叫佢唔应",
        "my dad is diabetic on gliclazide, he hasnt been eating for two days and now he is sweaty "
        "and confused",
        "She has diabetes and suddenly went vacant and sweaty, not answering us",
    ],
    "a child into an adult's tablets named by their drug": [
        ("小孩把外婆的硝苯地平扒出来吃了，不知道吃了几颗", 3),
        ("孫女把爺爺的格列齊特翻出來吃了兩粒", 4),
    ],
    "asthma: a reliever with no improvement, speech cut short, the tripod": [
        "我女兒氣喘，噴了吸入劑都沒改善，話都說不完整",
        "他哮喘发作，吸了好几次药没有改善，坐着身体往前趴着喘",
        "個仔哮喘，泵咗幾次都冇改善，講嘢都講唔完整",
        "my son's asthma is bad, the inhaler is no better and he is leaning forward to breathe",
    ],
    "a small object breathed in": [
        (
            "my daughter put a bead in her mouth and now she's coughing nonstop and breathing fast",
            3,
        ),
        ("孩子把小珠子放进嘴里玩，突然一直咳，呼吸很快", 3),
        ("細路將粒波子放入口，而家咳到停唔到", 4),
        ("孩子吃花生呛进气管了，一直咳", 2),
    ],
    "a detergent pod bitten into": [
        ("my toddler bit into a laundry pod and is coughing and drooling", 2),
        ("my son chewed on one of the dishwasher tablets and he's gagging", 3),
    ],
    "a fit in Cantonese": [
        "我個仔成個人硬晒，手腳一直震，眼反晒白",
        "阿爸突然眼反晒白，手腳震到停唔到",
    ],
    "heat stroke in the field at noon": [
        "在地里干活，晌午头晒着，突然倒了，浑身烫，一点汗都没出",
        "老汉顶着毒日头锄地，人倒了，说胡话，身上烫得很",
        "三伏天在工地干活，工友晕过去了，汗都没有",
    ],
    "a gas water heater in the bathroom": [
        "老婆洗澡，燃气热水器装在卫生间里，她倒在里面，迷迷糊糊的",
        "熱水器裝在浴室裡，兒子洗完澡暈過去了",
    ],
    "an allergy after a drip": [
        "刚输完头孢，嗓子眼堵得慌，冷汗直冒",
        "掛完水出來，喉嚨好像堵住了，頭暈",
        "打完点滴过敏了，嗓子发堵",
    ],
    "a collapse with no pulse": [
        "他打篮球突然倒了，摸不着脉，有人在做心肺复苏",
        "同事突然倒地，脉都摸不到，我们在做CPR",
        "阿爷突然瞓低咗，摸唔到脉",
        "my dad collapsed in the garden and I can't feel a pulse, my wife is doing CPR",
    ],
}

NOT_EMERGENCIES = {
    "a diabetic's questions and habits": [
        "糖尿病人，空腹血糖7.8，有点手抖，想调一下药",
        "我有糖尿病，吃二甲双胍，晚上睡觉老出汗",
        "糖尿病吃格列美脲，想问饭前吃还是饭后吃",
        ("孩子一型糖尿病，踢完球想加餐，吃什么好", 10),
        "我妈糖尿病，这几天吃不下饭，血糖偏高，想来内分泌科看看",
        "my dad is diabetic and sweats a lot at night, is that normal",
    ],
    "a toy in the mouth with no cough that will not stop": [
        ("孩子把积木放嘴里咬，是不是长牙了", 1),
        ("孩子老把玩具放嘴里，咳嗽两天了，有点流鼻涕", 2),
    ],
    "a CPR course": [
        "想学心肺复苏，医院有没有培训课",
        "公司要我们去学CPR，在哪里报名",
    ],
    "a fish bone with the breathing said fine": [
        "吃鱼卡了鱼刺，喘气都正常，咽口水疼",
        "卡了根鱼刺，說話喘氣都沒事，就是咽東西疼",
    ],
    "heat stroke asked of as prevention": [
        "夏天怎么防中暑，有什么药可以备着",
        "I'm working outdoors all summer, any tips on avoiding heatstroke?",
    ],
    "carbon monoxide heard of, or a detector to buy": [
        "看新闻说有人烧炭取暖中毒了，我家也烧炭，大家都好好的，要不要来查一下",
        "想买个一氧化碳探测器，装在哪里好",
        "燃氣熱水器裝在浴室裡安全嗎",
    ],
    "a faint months ago, here for the results": [
        "My dad collapsed back in March, he's here for his heart monitor results",
        "我奶奶上个月晕倒过一次，今天来复查心脏彩超",
    ],
    "a drip's site and asthma's repeats": [
        "输完液手背针眼那里有点肿",
        "哮喘好多年了，吸入剂用完了来开药",
        ("孩子说话说不完整，两岁半了，是不是语言发育慢", 2),
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "糖尿病人打了胰岛素没吃饭，现在出冷汗发抖",
    ("孩子吞了硬币，喘不上气，脸发紫", 3),
    "卡了鱼刺，喘不上气，脸都发紫了",
    "哮喘发作，喷了药没用，说不出整句话",
    "the gas alarm went off and we all have headaches and feel sick",
    "煤气热水器洗澡，人晕倒在浴室里",
    "my husband has heatstroke, he is confused and not sweating",
    "昨天中暑了，今天叫不醒",
    "他倒在地上，没有脉搏",
    "吃了药以后嘴唇肿起来，喘不上气",
]

# Calm stories, each to its clinic.
CALM = [
    ("吃鱼卡了鱼刺，喘气都正常，咽口水疼", "ENT"),
    ("糖尿病吃格列美脲，想问饭前吃还是饭后吃", ("ENDO", "PHARM")),
    ("My dad collapsed back in March, he's here for his heart monitor results", "CARD"),
    ("哮喘好多年了，吸入剂用完了来开药", "RESP"),
    ("想买个一氧化碳探测器，装在哪里好", ("CS", "PREV")),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
