"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 154th to 157th hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- Anaphylaxis: a trigger (a sting, an insect's bite, a food, a nut, a medicine, a jab) with the
  face, lips, tongue or throat swelling said in everyday words (puffing up, blowing up,
  ballooning, 肿起来, 肿晒, 胀起来), or with wheezing, a tight throat or breathlessness.
- Hypothermia: cold exposure (a tent, snow, cold water, a night out of doors) or a body cold all
  over to the touch, with confusion, mumbling, shivering that has stopped, hardly waking or
  unable to stand.
- Calm: panic attacks that pass, told at length before "then it passes", are psychiatry's; the
  emergency department named as where a patient was seen before an admission now asked sends the
  visitor to admissions; a puffy face after a salty meal, a toothache's swelling, spicy food's
  burning lips, a trip in the cold told with today's sleepiness or a cold are the clinics'.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0090: on 4709c96 they read 213 of 240, 78 of
80 emergencies, 2 of 160 false. With this module's change (migration 0095) 217, 80, 0. This
module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_fifty_fourth_to_seventh")

EMERGENCIES = {
    "a trigger with the face, lips, tongue or throat puffing up (anaphylaxis)": [
        "took a new antibiotic an hour ago and now my tongue is puffing up",
        "something bit her at the barbecue and her face is blowing up like a balloon",
        "he had a satay skewer and his lips are blowing up",
        "after the prawn curry her face puffed right up",
        "吃了花生酱饼干，嘴巴肿得像香肠",
        "老公吃了芒果，嘴唇肿成两根香肠",
        "打完针没多久，脸就胀起来了",
        "公园里被不知道什么虫叮了，整张脸肿起来",
        "食咗啲腰果，成块面腫晒",
        "俾啲乜嘢叮咗，塊面同嘴唇腫晒",
        "吃了蝦以後舌頭腫起來",
        "被蟲咬了之後臉和嘴唇腫起來",
    ],
    "a sting, a bite, a food or a drug with wheezing or a tight throat (anaphylaxis)": [
        "got stung in the garden and now he's wheezing",
        "got stung and now he's breathless",
        "had the flu jab and now her throat feels tight and she's wheezy",
        "he ate some cashews and his tongue is getting fat and his throat feels tight",
        "after the shrimp his eyes and lips ballooned and he can't catch his breath",
        "孩子吃了坚果，脸肿了，嗓子眼发紧",
        "被虫叮了以后一直喘，胸闷",
        "食咗啲花生，喉嚨好似收窄咗",
        "俾虫叮完之後，一路喘，喉嚨好緊",
        "打完疫苗之後喉嚨發緊，一直喘",
    ],
    "cold exposure with confusion, mumbling or shivering stopped (hypothermia)": [
        "we found my uncle in the snow this morning, talking gibberish and freezing",
        "she was in the sea for an hour, now she's stopped shivering and is really drowsy",
        "he spent the night in his car in the snow, now he's not making sense",
        "our friend went swimming in the freezing lake, now she's slurring her words",
        "my dad slept rough in the park last night, now he's muddled and hard to wake",
        "他在帐篷里冻了一晚上，说话颠三倒四",
        "爷爷在雪地里走丢了，找到时不发抖了，迷迷糊糊",
        "爸爸昨晚在外面睡着了，早上叫他反应很慢",
        "阿伯喺街瞓咗一晚，講嘢亂晒",
        "佢喺帳篷入面凍咗成晚，而家唔識震",
        "朋友掉進冰冷的溪水，救起來後不發抖了",
        "冬泳上岸以後一直說胡話",
    ],
    "a body cold all over with confusion, shivering stopped or unable to stand (hypothermia)": [
        "he's ice cold all over and can barely stand, muttering to himself",
        "my grandad is freezing to the touch and can't stand up, he's talking rubbish",
        "she's frozen stiff and has stopped shivering",
        "早上发现他全身冰冷，站都站不稳",
        "奶奶浑身冰凉，不发抖了，叫她也不太理人",
        "成身冰冷，企唔穩，講嘢含含糊糊",
        "他全身冰冷，站不起來，一直想睡",
    ],
}

NOT_EMERGENCIES = {
    "a small local swelling, a swelling with another cause, an allergy asked about": [
        "my lips are swollen from the cold sore",
        "my face is a bit puffy after crying all night",
        "she got stung by a bee on her arm, it's swollen and red, otherwise fine",
        "I got stung on my foot and it's swollen up",
        "ate shrimp and my skin is a bit itchy, breathing fine",
        "I think I'm allergic to nuts, can I get tested",
        "my eyes and face puffing up in the mornings, my legs are swollen too",
        "took paracetamol for the toothache, face swollen",
        "ate spicy hotpot, my lips are a bit swollen and burning",
        "ate a lot of salty food yesterday and my face is puffy today",
        "吃了很多咸的东西，今天脸有点肿",
        "被蚊子叮了，手背肿了个包",
        "蜜蜂叮了手指，手肿起来了",
        "打完疫苗手臂肿了一块",
        "吃了东西以后喉咙肿痛",
        "我對花生敏感，想做過敏測試",
        "被蜜蜂叮咗手指，有少少腫，冇其他唔舒服",
    ],
    "a trip in the cold told with a cold, a stiff back or today's sleepiness; cold hands": [
        "went camping at the weekend and now I have a cold and sore throat",
        "went camping last weekend and since then he's been really sleepy",
        "after sleeping in the tent my back is stiff",
        "my hands are ice cold all the time in winter",
        "my grandad gets confused in the evenings, and his hands are ice cold",
        "went camping, came back with a cold and I'm confused about which medicine to take",
        "昨晚露营冻了一下，今天有点流鼻涕",
        "露营回来以后一直想睡觉，没精神",
        "帐篷里睡了一晚，腰酸背痛",
        "我总是手脚冰凉，冬天特别明显",
        "游完冬泳之后打寒颤，现在好了",
        "手腳冰冷，成日凍親",
    ],
    "panic attacks that pass, told at length": [
        "my daughter has panic attacks before exams, her heart races and she feels she can't "
        "breathe, after ten minutes it settles, her teacher said she should talk to someone",
        "my husband gets these panic attacks at work, can't breathe, hands shaking, then it goes "
        "away after a while",
        "女儿一考试就惊恐发作，心跳很快，手发抖，觉得喘不上气，过一阵子就好了，老师建议我们找心理医生",
        "兒子考試前會恐慌發作，心跳好快，手震，覺得唞唔到氣，過一陣就冇事，學校社工叫我哋搵人睇下",
    ],
    "the emergency department named as where a patient was seen before an admission": [
        "孫仔琴晚喺急症室睇完，醫生話要入院，今日去邊度辦入院手續交按金",
        "my grandson was seen in A&E last night and has to be admitted, where do I sort out the "
        "paperwork and deposit",
        "昨晚在急診看過，醫生說要住院，住院手續在哪裡辦",
        "我妈昨天急诊看完要住院，今天来补办住院手续",
        "外公前天急诊收的，说要住院观察，押金在哪交",
        "my dad came through emergency yesterday and they want to admit him, where is the "
        "admissions office",
    ],
}

STILL_EMERGENCIES = [
    # A sting with the whole body reacting stays, however it is said.
    "got stung by a wasp and now she's wheezing",
    "被马蜂蜇了，现在喘不上气",
    # A food allergy with the throat closing stays, whatever else is said.
    "吃了花生，嘴唇有点肿，喉咙发紧",
    # Breathing that fails now stays, whatever attacks came before.
    "he used to get panic attacks, now he can't breathe and his lips are blue",
    # A night in the cold with black toes stays.
    "被困在山上一夜，脚趾发黑",
    "lost on the mountain overnight, now he's confused",
]

AT_THEIR_DESK = [
    ("孫仔琴晚喺急症室睇完，醫生話要入院，今日去邊度辦入院手續交按金", "ADMIT"),
    (
        "my grandson was seen in A&E last night and has to be admitted, where do I sort out the "
        "paperwork and deposit",
        "ADMIT",
    ),
    ("我妈昨天急诊看完要住院，今天来补办住院手续", "ADMIT"),
    ("外公前天急诊收的，说要住院观察，押金在哪交", "ADMIT"),
    (
        "my dad came through emergency yesterday and they want to admit him, where is the "
        "admissions office",
        "ADMIT",
    ),
    (
        "my daughter has panic attacks before exams, her heart races and she feels she can't "
        "breathe, after ten minutes it settles, her teacher said she should talk to someone",
        "PSY",
    ),
    (
        "女儿一考试就惊恐发作，心跳很快，手发抖，觉得喘不上气，过一阵子就好了，老师建议我们找心理医生",
        "PSY",
    ),
    (
        "兒子考試前會恐慌發作，心跳好快，手震，覺得唞唔到氣，過一陣就冇事，學校社工叫我哋搵人睇下",
        "PSY",
    ),
    ("I think I'm allergic to nuts, can I get tested", "ALLERGY"),
    ("我對花生敏感，想做過敏測試", "ALLERGY"),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
