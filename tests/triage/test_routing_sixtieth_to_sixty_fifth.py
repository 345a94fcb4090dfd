"""Six hand-written files, the sixtieth to the sixty-fifth (60 complaints each, 27 Simplified, 18
Traditional, 15 English, 20 emergencies), written blind: routing-sixtieth-handwritten.jsonl …
routing-sixty-fifth-handwritten.jsonl. This module holds their emergencies and false alarms.

First run, on commit da9b6b8 (migration 0061), sixtieth to sixty-fifth: top-1 51, 54, 46, 47, 48,
50 of 60 (296 of 360); emergencies 19, 17, 18, 17, 18, 18 of 20 (107 of 120); false alarms 6, 2,
3, 0, 4, 3 of 40 (18). After
this round (together with the desks' teacher): top-1 60, 60, 59, 60, 59, 59 (358 of 360), 120 of
120 emergencies; false alarms 0 but two (2 of 240, 0.8 %, under the issue's 2 % pooled):
- f62-042, a nail driven through the foot (插穿隻腳) with little bleeding, labelled general
  surgery: left an emergency, as an earlier file's "被钉子扎穿了脚" is one and the shipped rule
  "an object driven into the body" says (leave it in, come to the emergency department).
- f64-058, ten weeks pregnant and unable to keep water down, labelled obstetrics: the fifty-fourth
  file taught it as an emergency (test_routing_fifty_first_to_sixth.py); kept.

Taught by family (the engine's context, vital signs and the shipped rules), never by sentence:
hearsay from a screen ("电视上说/手机上讲/網路說 X是Y前兆", "I read online"), a dream (梦到, dreamt),
a figure of speech (做到/加班加到吐血), a denial with its passive (不是遭蛇咬, 冇真係吐血), a death
that is a family's history ("my father died of a stroke"), another's event told to ask for one's
own check even when they were brought here (吓得我也想查查), a red flag's word with what settles
it (food poisoning that keeps water down, a deep cut whose bleeding stopped, contractions at term),
a wearable's heart rate ("my watch says 148"), "shots" that are vaccines, the ER named as where a
wallet was lost; missed emergencies: a bone showing (骨凸咗出嚟), a fingertip cut off (切脱了一截,
血一直冒), cyanosis with breathlessness (嘴巴乌, 出气不赢; breathless lying down alone stays cardiology's), a baby choked and blue (呛…发青),
green vomit (呕到绿色), a thunderclap said as 脑壳 and 打了一棒, a testicle's pain said plainly
(蛋疼得…叫), button batteries, a fall on a building site (地盘跌落, 高处跌落), found on the floor,
several blood pressure or diabetes tablets at once with a symptom (a new rule and concept).
"""

from tests.triage.taught_batches import emergency_tests, file_tests

# A false alarm each file keeps on purpose (see the docstring): f62-042, a nail through the foot
# (an earlier file's "被钉子扎穿了脚" is an emergency), and f64-058, pregnant and unable to keep
# water down (the fifty-fourth taught it as one).
KEPT_FALSE_ALARMS = {
    "routing-sixty-second-handwritten.jsonl": 1,
    "routing-sixty-fourth-handwritten.jsonl": 1,
}

TestFiles = file_tests("sixtieth_to_sixty_fifth", KEPT_FALSE_ALARMS)


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "a bone showing through the skin (骨凸咗出嚟, 骨头凸了出来)": [
        ("我個女跌親，手瓜骨凸咗出嚟",),
        ("孩子摔了一跤，小腿骨头凸咗出嚟，好多血",),
        ("我老公从梯子上摔下来，腿上的骨头凸了出来",),
    ],
    "a fingertip cut off, blood welling (切脱了一截, 切甩, 血一直冒)": [
        ("削苹果把指头切脱了一块肉，血一直冒",),
        ("刨木头把手指头切掉一截",),
        ("切菜切甩咗半截手指，血標晒出嚟",),
        ("Sliced the tip of my finger clean off with a mandoline, fingertip cut off",),
    ],
    "cyanosis with breathlessness (嘴巴乌, 出气不赢)": [
        ("我爷爷出气不赢，嘴巴乌了",),
        ("阿媽出氣不贏，嘴唇烏晒，一瞓低就喘",),
    ],
    "a baby choked on milk and blue (呛…发青)": [
        ("宝宝喝奶呛到了，嘴巴发青",),
        ("BB飲奶嗆親之後塊面發青，軟晒",),
        ("The baby choked on her bottle and went blue",),
    ],
    "green vomit with a swollen belly (呕到绿色)": [
        ("BB才两个星期，吐到绿色，肚子胀鼓鼓",),
        ("My 3 week old is vomiting bright green and his tummy is swollen",),
    ],
    "a thunderclap said as 脑壳 or 脑袋, struck by a club (打了一棒, 一棍)": [
        ("我爸脑壳突然痛，说从来没有这么痛过",),
        ("我妈脑袋突然疼得要命，像被人打了一棍",),
        ("阿爺頭突然好痛，話好似俾人打咗一棍，一世人未試過咁痛",),
    ],
    "a wearable's heart rate (my watch says 148, 手表显示)": [
        ("My watch says 165 and I feel faint",),
        ("手表显示一百五，心慌想吐",),
    ],
    "found on the floor": [
        ("Found my grandad on the bathroom floor this morning, very cold and confused",),
    ],
    "a testicle's pain said plainly (蛋疼得…叫)": [
        ("儿子蛋疼得直叫，右边肿起来了",),
    ],
    "a button battery swallowed": [
        ("My son swallowed a button battery from the remote",),
        ("孩子吞了一颗纽扣电池",),
        ("我個仔吞咗粒鈕扣電池",),
    ],
    "a fall on a building site or from a height (地盘跌落, 高处跌落, 棚架)": [
        ("我老豆喺地盤跌咗落嚟，腳冇晒感覺",),
        ("工人从高处跌落，动不了",),
        ("我阿爸喺棚架跌落嚟，腳冇晒感覺",),
    ],
    "several blood pressure or diabetes tablets at once, then a symptom": [
        ("我妈看错了药，降糖药一次吃了三片，现在出冷汗手抖",),
        ("我爸把降壓藥一下子吃了五顆，現在頭暈站不穩",),
        ("Dad took his blood pressure pills twice today and now he's dizzy and sweaty",),
    ],
}
# Look-alikes: the same words read, dreamt, denied, settled, said in another sense or someone
# else's: no emergency.
NOT_EMERGENCIES = {
    "hearsay from a screen (电视上说, 手机上讲, 網路說, I read online)": [
        ("电视上说头晕是中风前兆，我这两天有点头晕，应该是颈椎的问题吧",),
        ("網路說背痛是心肌梗塞前兆，我背有點痠",),
        ("手機上講頭痛係中風先兆，我頭有啲痛，應該係瞓得唔好",),
        ("I read online that arm pain can mean a heart attack, my arm aches after the gym",),
        ("孩子发烧，电视上讲发烧会烧坏脑子，是真的吗",),
    ],
    "another's event or a family's death, told to ask for one's own check": [
        ("隔壁王叔中风住院了，我也想查查血压",),
        ("My mother died of a heart attack at 60, I'd like my cholesterol checked",),
    ],
    "breathless lying down with swollen feet alone: a failing heart's picture, for cardiology": [
        ("奶奶躺下就喘，只能坐着睡，脚肿",),
        ("一躺平就气短，要垫两个枕头，脚踝也肿",),
    ],
    "a figure of speech (做到吐血, 加班加到吐血, 蛋疼 of annoyance)": [
        ("最近加班加到吐血，其实就是累，胃口也不好",),
        ("忙得吐血，肩膀酸痛",),
        ("这事真蛋疼，烦死了，想开点安眠药",),
    ],
    "a dream (梦到, 梦见, dreamt)": [
        ("梦见自己中风了，吓醒，现在没事",),
        ("I dreamt I was having a heart attack, woke up fine",),
        ("梦到被狗咬了，醒来手臂有点酸",),
    ],
    "a denial with its passive (不是被蛇咬)": [
        ("不是被蛇咬的，是被蚊子叮了，起了个包很痒",),
    ],
    "a red flag's word with what settles it": [
        ("food poisoning from a takeaway, but I'm keeping fluids down",),
        ("食物中毒拉肚子，水还喝得下",),
        ("deep cut on my thumb from a knife, the bleeding has stopped, do I need stitches?",),
        ("怀孕39周了，宫缩十分钟一次，没见红",),
        ("I'm 40 weeks, contractions about 6 minutes apart",),
    ],
    "a throat, a tongue or ribs that are no allergy or breathlessness": [
        ("摔了一跤，肋骨一吸气就疼，呼吸还好",),
        ("孩子发烧三天后出疹子，舌头红红的像草莓", 4),
        ("sore throat and a rash on my chest",),
        ("scratchy throat and a rash on my arms",),
    ],
    "words of another sense (shots, the ER as a place, a watch's steps, a bony bump, cold)": [
        ("Here for my second rabies shot after a dog bite last week",),
        # "shoots" is not corrected into "shots".
        ("my lower back pain shoots down into my calf",),
        ("昨天在急诊外面丢了手机，有人捡到吗",),
        ("My watch says 12000 steps but my knee hurts",),
        ("my watch says 10:30 and I still have a headache since morning",),
        ("手錶顯示我昨晚只睡了五個鐘，好攰",),
        ("脚拇指旁边骨头凸出来一块，穿鞋磨得疼",),
        ("天太冷，孩子冻得嘴巴发青",),
    ],
    "a blood pressure medicine without a symptom": [
        ("降压药今天好像多吃了一片，现在没什么感觉，要紧吗",),
        ("奶奶降压药吃完了，来开药",),
        ("老公吃了两片降压药，血压还是有点高",),
    ],
}
# Red flags that stay: told beside hearsay, a dream, another's story or a settled word.
STILL_EMERGENCIES = [
    ("电视上说胸痛是心梗前兆，我现在胸口压着痛，出冷汗",),
    ("I read online about strokes and now my face is drooping and my arm is weak",),
    ("他说他做梦梦到心脏病发作，醒来胸口压着痛，一身冷汗",),
    ("邻居中风了，我也想查查，我现在半边手脚发麻，说话不清楚",),
    ("My father died of a stroke, and now my own face is drooping and my speech is slurred",),
    ("food poisoning, I can keep water down but now I'm vomiting blood",),
    ("deep cut on my arm, bleeding won't stop",),
    ("怀孕39周，宫缩五分钟一次，下面流了好多血",),
    ("怀孕30周，肚子一阵一阵发紧，五分钟一次",),
    ("不是蛇咬的，是被狗咬了，血流不止",),
    ("呢排做到晕咗两次，今朝又晕倒",),
    ("咳到吐血，一大口一大口",),
    # A report by phone is no hearsay; what one woke with is no dream.
    ("他微信上说他胸口痛得厉害，出冷汗",),
    ("我老公手机上讲胸口压着痛，一身汗",),
    ("晚上做梦惊醒后胸口压着痛，出冷汗",),
    ("I dreamt I was having a heart attack and woke up with crushing chest pain and sweating",),
    # An allergy's throat or tongue said as it is, not the bare word.
    ("ate peanuts, hives and my throat feels tight",),
    ("rash and my tongue is tingling",),
    ("broke out in hives, throat feels weird and scratchy",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
