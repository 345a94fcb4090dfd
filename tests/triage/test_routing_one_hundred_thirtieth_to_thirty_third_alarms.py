"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 130th to 133rd hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- A fit said as the whole person cramping (成个人抽筋, 整个人抽筋) or followed by a muddle on waking
  (醒返好懵, 问佢嘢唔识答), and in late pregnancy said in Cantonese (有咗八个月, 怀咗): eclampsia.
- A child slipped or fell into water (a pool, a pond, the sea) and pulled out (捞返上嚟, "we got
  him out"): near drowning, whatever came after.
- Late pregnancy with the baby barely moving or a constant, hard belly pain that does not come and
  go: a placental abruption until shown otherwise.
- Weeks after a birth, "she just went grey", "I just got a sharp pain": English's bare 刚 is now,
  so the chest and the breath told after "gave birth three weeks ago" are today's (a pulmonary
  embolism or the heart), not history.
- A baby or small child with a fever who is floppy (软趴趴) or hardly responds (不怎么理人): sepsis.
- A fall down the stairs said in Cantonese (碌咗落嚟) or as tumbling, with no feeling in the legs:
  a spinal injury.
- A broken neck or skull said plainly (脖子摔断了, 头骨裂了, "I think I broke my neck"): the
  emergency department, not a sprain for the clinic; a neck that only feels broken stays there.
- Calm: a finger broken (手指断了) is a fracture for orthopaedics, a finger cut off (切断, 剁掉, 断了
  一截) stays the emergency; hand, foot and mouth disease "going around" is no mouth going to one
  side; another's stroke told to ask for a relative's check is theirs; a child's in-toeing with
  falls is growth and development's; one arm joint or an ankle swollen that cannot be moved after a
  game is orthopaedics', not a fall that left the limbs numb.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0085: on d3f6af6 they read 221 of 240, 74 of
80 emergencies, 4 of 160 false. With this module's change (migration 0086) 230, 80, 0. This
module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_thirtieth_to_thirty_third")

EMERGENCIES = {
    "a whole-body fit or a fit then muddled, late in pregnancy (eclampsia)": [
        "怀孕八个多月，刚才整个人抽筋，现在醒了但是迷迷糊糊的",
        "我太太怀孕九个月，刚刚在地铁上全身抽搐，现在叫她反应很慢",
        "懷孕三十五週，剛剛整個人抽筋，醒來以後糊里糊塗",
        "太太有咗八個月，啱啱喺街市成個人抽筋，醒咗之後懵懵哋",
        "佢有咗三十六個禮拜，成個人抽筋，醒返之後問佢今日幾號都唔識答",
        "she's 35 weeks pregnant and just had a fit on the bus, now awake but muddled",
        "my wife is 8 months pregnant, she convulsed a few minutes ago and now she's confused",
    ],
    "a child pulled out of water (near drowning)": [
        "儿子掉进小区泳池，捞上来以后咳了水，现在昏昏欲睡，喘得很快",
        "小孩滑进鱼塘里，拉上来以后一直咳，呼吸好急",
        "兒子跌落泳池，撈返上嚟之後好眼瞓，呼吸好急",
        "細路喺海灘跌咗落水，救返上嚟之後一直咳",
        "孩子在泳池溺水，救上來後一直想睡，呼吸很喘",
        "my daughter slipped into the lake, we got her out of the water, now she's drowsy and "
        "breathing fast",
        "our boy went under at the pool for a bit, we got him out, he coughed and now he's very "
        "sleepy",
    ],
    "late pregnancy, the baby barely moving or a constant hard belly pain (abruption)": [
        "怀孕三十六周，宝宝从早上就几乎不动了，肚子一直痛，硬邦邦的",
        "孕35周，肚子持续痛，不是一阵一阵的，胎动很少",
        "懷孕八個月，寶寶幾乎不動，肚子一直痛",
        "有咗三十五個禮拜，BB好少郁，個肚一直痛",
        "I'm 35 weeks and the baby has hardly moved today, my belly is hard and the pain is "
        "constant",
        "she's 37 weeks, baby barely moving since yesterday, constant tummy pain that doesn't let "
        "up",
    ],
    "weeks after a birth, a chest and breath that just turned (embolism, the heart)": [
        "生完孩子两周，刚刚脸色发灰出冷汗，胸口压着喘不上气",
        "产后十天，突然胸口痛，喘不过气",
        "生完BB三個禮拜，頭先突然心口好翳，透唔到氣",
        "產後兩週，突然胸口悶，喘不過氣，冒冷汗",
        "she had our baby two weeks ago and she just went pale and clammy, her chest is tight and "
        "she can't breathe",
        "I gave birth ten days ago and I just got a sudden sharp pain in my chest, I can't catch "
        "my breath",
    ],
    "a baby or small child with a fever, floppy or hardly responding (sepsis)": [
        "孩子烧到39度8，全身软趴趴，喊她也不怎么理人",
        "孩子发高烧，整个人软绵绵的，叫她没什么反应，手脚冰凉",
        "寶寶發燒到40度，軟趴趴的，逗他都不理人",
        "BB發高燒，成個人軟晒，叫佢唔多理人",
        "my baby has a fever of 39.5 and she's floppy and hardly responding",
        "our toddler has a high temperature, he's limp and his skin looks mottled",
    ],
    "a fall down the stairs with no feeling in the legs (spinal injury)": [
        "同事从梯子上滚下来，脖子很痛，两条腿没有感觉",
        "阿爺喺樓梯碌咗落去，頸好痛，話雙腳冇感覺",
        "佢由樓梯碌落嚟，話對腳冇感覺",
        "他從樓梯滾下來，脖子很痛，腳都沒有感覺",
        "my dad tumbled down the stairs, his neck hurts and he can't feel his legs",
        "she rolled down the steps at the station, neck is sore and no feeling in her feet",
    ],
    "a broken neck or skull said plainly": [
        "我好像把脖子摔断了",
        "他摔断了脖子",
        "他从马上掉下来，颈椎骨折了",
        "爸爸摔了一跤，头骨裂了",
        "我條頸斷咗，郁唔到",
        "佢個頭骨裂咗",
        "頭骨裂了，流了一點血",
        "I think I broke my neck diving",
        "he may have fractured his skull when he fell off his bike",
        "my son cracked his skull on the edge of the pool",
    ],
    "a finger cut off": [
        "手指被切断了",
        "做饭把手指剁掉了一截",
        "手指斷咗一截",
        "I chopped my finger off with an axe",
        "he sliced his thumb off at work",
    ],
}

NOT_EMERGENCIES = {
    "a cramp of the leg in pregnancy": [
        "怀孕七个月，晚上小腿老抽筋",
        "懷孕八個月，半夜腳抽筋痛醒",
        "有咗七個月，夜晚隻腳抽筋",
        "28 weeks pregnant, calf cramps at night",
    ],
    "water in the ear or a mouthful swallowed at the pool": [
        "孩子游完泳耳朵进水了，有点痛",
        "游泳呛了一口水，咳了几声，现在没事了",
        "my son swallowed some pool water and has a runny nose now",
    ],
    "a pregnancy with a passing tightening or a busy baby": [
        "怀孕32周，偶尔肚子发紧一下，过一会儿就好",
        "34 weeks, the baby kicks a lot at night and keeps me awake",
        "懷孕三十週，胎動很多，正常嗎",
        # A belly that is only hard, a pain elsewhere that is constant.
        "怀孕五个月，肚皮硬硬的，正常吗",
        "pregnant 14 weeks, a constant ache in my lower back since Monday",
        "16 weeks pregnant and the nausea just doesn't let up",
    ],
    "breasts or a scar weeks after a birth": [
        "产后三周，乳房胀痛，涨奶",
        "she gave birth two weeks ago and her breasts are hard and sore",
        "生完孩子三周，刀口有点痒",
    ],
    "a baby's fever with a lively baby, cold hands without a fever": [
        "宝宝发烧38度5，精神还好，吃奶正常",
        "宝宝手脚冰凉，不发烧，吃奶玩耍都正常",
        "baby has a temperature of 38, still feeding well and playing",
        "宝宝发烧，大便软软的",
    ],
    "a neck that feels broken, an old or a hip's fracture": [
        "落枕了，脖子疼得像要断了一样",
        "my neck feels like it's broken after sleeping on the sofa",
        "颈椎病好多年，脖子酸痛",
        "去年颈椎骨折做了手术，现在来复查",
        "老人股骨颈骨折，想问问手术",
        "I nearly broke my neck tripping on the stairs but I'm fine, just my wrist hurts",
    ],
    "a finger broken": [
        "手指断了",
        "打篮球手指断了，肿起来了",
        "手指斷咗，腫到好大",
        "I broke my finger playing volleyball",
    ],
    "hand, foot and mouth disease going around": [
        "the school sent a note that hand, foot and mouth is going around, my daughter has "
        "blisters on her palms",
        "is this hand foot and mouth? blisters on his soles and ulcers on his tongue",
        "孩子手上脚上长小红点，嘴里有溃疡，幼儿园有手足口",
    ],
    "another's stroke told to ask for a relative's check": [
        "隔壁王伯中风了，我爸最近也老说头晕，想带他去检查一下",
        "同事脑梗住院了，我老公也有点头晕，想给他查查",
        "my neighbour had a stroke last month and my husband gets dizzy now and then, I want to "
        "get him checked",
        "朋友中風，我老公都有啲頭暈，想帶佢去檢查下",
    ],
    "a child's in-toeing or bow legs with falls": [
        "两岁的儿子内八字走路，老是摔跤",
        "宝宝走路外八字，经常摔跤，正常吗",
        "my toddler is pigeon toed and keeps tripping over",
    ],
    "one arm joint swollen that cannot be moved after a game": [
        "儿子踢球摔了，手肘肿了很痛，动不了",
        "個女打籃球跌親，手踭腫到好大，郁唔到",
        "女兒打排球跌倒，手腕腫起來很痛，不能動",
        "my son fell at football, his elbow is swollen and he can't move it",
    ],
}

STILL_EMERGENCIES = [
    # Legs or the whole person that cannot move after a fall stay the fall's emergency.
    "老公摔了一跤，两条腿动不了",
    "阿爸跌親，成個人郁唔到",
    "摔倒后手肘肿了，两条腿也没知觉",
    # An old person's sore wrist or shoulder beside not getting up stays the fall's emergency.
    "奶奶摔倒了，手腕很痛，站不起来",
    "阿婆跌親，膊頭好痛，企唔起身",
    # A mouth going to one side is still a stroke; one's own relative's stroke brought here too.
    "his mouth is going droopy on one side",
    "邻居送我爸来的，我爸刚才突然中风了，嘴歪了",
    # A fit with froth, and a faint that does not wake, stay.
    "宝宝发烧，抽筋，口吐白沫",
    "he passed out just now at the gym and isn't waking up",
]

AT_THEIR_DESK = [
    ("怀孕七个月，晚上小腿老抽筋", "OB"),
    ("28 weeks pregnant, calf cramps at night", "OB"),
    ("懷孕三十週，胎動很多，正常嗎", "OB"),
    ("宝宝发烧38度5，精神还好，吃奶正常", "PED"),
    ("落枕了，脖子疼得像要断了一样", "ORTHO"),
    ("my neck feels like it's broken after sleeping on the sofa", "ORTHO"),
    ("去年颈椎骨折做了手术，现在来复查", "ORTHO"),
    ("手指断了", "ORTHO"),
    ("手指斷咗，腫到好大", "ORTHO"),
    ("I broke my finger playing volleyball", "ORTHO"),
    ("打篮球手指断了，肿起来了", ("ORTHO", "PEDSURG")),
    ("孩子手上脚上长小红点，嘴里有溃疡，幼儿园有手足口", "PED"),
    ("隔壁王伯中风了，我爸最近也老说头晕，想带他去检查一下", "NEURO"),
    ("同事脑梗住院了，我老公也有点头晕，想给他查查", "NEURO"),
    (
        "my neighbour had a stroke last month and my husband gets dizzy now and then, I want to "
        "get him checked",
        "NEURO",
    ),
    ("朋友中風，我老公都有啲頭暈，想帶佢去檢查下", "NEURO"),
    ("两岁的儿子内八字走路，老是摔跤", "CHILD"),
    ("my toddler is pigeon toed and keeps tripping over", "CHILD"),
    ("儿子踢球摔了，手肘肿了很痛，动不了", ("ORTHO", "PEDSURG")),
    ("個女打籃球跌親，手踭腫到好大，郁唔到", ("ORTHO", "PEDSURG")),
    ("my son fell at football, his elbow is swollen and he can't move it", ("ORTHO", "PEDSURG")),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
