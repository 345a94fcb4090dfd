"""The ninth emergency sweep written blind (150 complaints in Simplified and Traditional Chinese
— Hong Kong Cantonese and Taiwan Mandarin — and English: 100 emergencies and 50 look-alikes),
its missed emergencies and false ones taught by family (concept, composition, context), never by
a file's sentence. The file came without the `family` field the earlier sweeps carry; it is
copied unchanged, and its whole-file test holds the make-up without one. No label is judged wrong.

First run (61fb4f9): 85 of 100 emergencies, 7 of 50 false (top-1 121 of 150); with this module's
change (migration 0123) 99 of 100, 0 of 50 (top-1 137 of 150).

Why the emergencies missed:

- Fits counted, with no waking between (今日已經抽咗三次，中間都冇醒返過; 'one seizure after
  another'): the status-epilepticus composition knew 又抽 and 'again', not a number of fits.
- Breathless mid-sentence with bluish lips ('can't get to the end of a sentence without stopping
  for air', 'lips look a bit bluish'): neither wording was a form.
- A boy's torsion said as 'pain in his, um, private area': 'private area' was no testicle, and
  the filler 'um' cut the clause.
- A plan to die told as the place ('he's done … told me where he was going to do it', a rope):
  no wish to die was said in words the concept knew.
- A baby of weeks told after the baby ('the baby boy's 7 weeks', 38.4): only 'is 7 weeks' and
  'weeks old' were ages.
- A pain torn from the chest to the back (像有人拿刀从胸口往后背撕): 撕 alone was no tearing.
- No movements felt at 38 weeks said bare (我太太三十八週，…都沒感覺寶寶在動): the term had no
  孕 and 没感觉宝宝在动 was no lost movement.
- A face 'one side go down' in broken English: neither the side nor the drop was a form.
- Lips numb, eyelids swollen, breathing wrong after a drip (打完头包的吊瓶): 吊瓶, 点滴, 吊针 were
  no drug taken.
- Bleach and a toilet cleaner mixed, a cough and a tight chest (漂白水同潔廁靈撈埋一齊用): no rule
  knew the gas of cleaners mixed (a new composition beside the chemical in the eye).
- Sepsis from a wound with speech not as clear as before (講嘢冇以前咁清楚): no form of confusion.
- Two fingers fallen off under a press, brought in a plastic bag on ice: 掉下来 and 放冰块 were
  not the amputation composition's words.
- Thirty of one's sertraline: antidepressants by name were no medicine of the overdose.
- A diabetic woman's jaw and left arm with a face white as paper (脸色白得吓人): only sweat and
  grey were the composition's second sign.

Why the false ones fired:

- An overdose in a crime novel and a stroke's mnemonic from a medical drama: a new concept,
  @fiction, is an exception of the overdose, stroke, heart-attack and pregnancy red flags.
- A dog stung by a bee, a vet asked for: a new concept, @vet_asked, is an exception of the
  sting red flags.
- A father admitted from the emergency department with a heart attack, the deposit paid: a new
  concept, @admitted (收进去了, 住在CCU), is an exception of the heart-attack red flag.
- Records asked for 'from when he was brought in after the car crash': a form of
  @seen_by_doctor.
- A febrile fit last week, named in hospital, back for the follow-up: the febrile-fit exceptions
  of the seizure rule take 复诊 and 复查 as they took 以后 (their lookahead still lets a fit now
  fire).
- A known epilepsy's fit of a minute, over, the person wholly awake (现在完全清醒): an exception
  of the seizure rule, unless the fit comes again, the person will not wake or turns blue, or it
  is a first fit.

Left: one emergency. 'He says it's his old trouble' (他还讲是老毛病) makes the complaint a long
story in context.py (`_LONG_STORY` takes 老毛病 anywhere), so lips gone dark (嘴巴乌的) and
breathlessness lying down are held back as history; a dismissal by the patient is no history of
the complaint, a code change. Every wording in the tables is our own, in Simplified and
Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-ninth.jsonl"

EMERGENCIES = {
    "fits one after another, no waking in between": [
        "佢琴晚到而家抽咗三次，中間都冇醒過",
        "阿嫲今日抽咗幾次，中間冇醒返",
        "my dad has had two fits in an hour and hasn't woken up in between",
        "one fit after another since breakfast and she never came round in between",
        "佢今朝抽咗兩次，中間都冇醒返",
        "my son has had several fits this morning and never came round in between",
    ],
    "breathless mid-sentence, the lips bluish": [
        "grandad's lips look bluish and he has to stop for air mid sentence",
        "his lips look a bit dusky and he can't get to the end of a sentence",
        "my dad can't get to the end of a sentence and his lips are bluish",
        "she stops for air every few words, her lips look a bit bluish",
        "my husband can't get to the end of his sentence without stopping for breath, his lips are dusky",
    ],
    "a boy's sudden pain in his private area with vomiting": [
        "my son has really bad pain in his private area and has been sick",
        "he's 13, sudden pain in his private parts on one side and he threw up",
        "我儿子私处一边突然剧痛，还吐了",
        "個仔私處一邊突然好痛，仲嘔咗",
    ],
    "a wish to die with the means and the place told": [
        "他说地方都选好了，绳子也买了",
        "她說地點都選好了，繩子也準備了",
        "my brother says he's done, he has a rope in the garage",
        "she told me where she was going to do it and she has the pills",
    ],
    "a baby of weeks, told after the baby, with a fever": [
        "my son's 5 weeks, he feels hot, 38.2 on the thermometer",
        "the baby boy is 4 weeks and felt hot, 38.1",
        "the baby girl's 6 weeks and her temperature is 38.3",
        "daughters 8 weeks, fever of 38.5 since this morning",
        "our baby boy's three weeks and has a temperature of 38",
    ],
    "a pain tearing from the chest through to the back": [
        "后背疼，像有人从胸口往后背撕",
    ],
    "no movements felt late in a pregnancy, the weeks said bare": [
        "我老婆三十六周，今天一天都没感觉宝宝在动",
        "老婆三十七週，成日都冇感覺BB郁",
        "太太三十九週，今天感覺不到寶寶在動",
        "my wife is 37 weeks and she hasn't felt the baby move since yesterday",
    ],
    "one side of the face gone down, said in plain or broken English": [
        "my mum's face one side go down, she cannot smile properly",
        "his face one side go down an hour ago",
        "her face one side came down and she cannot smile properly",
        "grandpa face on one side come down, he talk funny",
    ],
    "lips or eyelids swelling after a drip, breathing not right": [
        "打完吊瓶回来，嘴唇发麻，眼皮肿起来了，有点喘",
        "挂完吊瓶眼皮肿了，喘气不顺",
        "啱啱吊完鹽水，塊面腫起嚟，喘唔到氣",
    ],
    "cleaners mixed, their gas breathed": [
        "我把漂白水和洁厕灵混在一起用，现在一直咳，胸闷",
        "佢將漂白水同通渠水撈埋一齊用，而家咳到停唔到",
        "洗浴室時把漂白水跟清潔劑混在一起，現在胸口很悶、一直咳",
        "I mixed bleach and toilet cleaner, now I can't stop coughing and my chest is tight",
        "he mixed ammonia with bleach in the bathroom and now he's coughing and wheezing",
    ],
    "a wound gone bad, a fever, speech not as clear as before": [
        "脚上伤口烂了，今天发高烧，说话没以前清楚",
        "佢隻腳傷口爛咗，今日發高燒，講嘢冇以前咁清楚",
        "腿上傷口爛了，今天發高燒，講話沒以前清楚",
        "his leg wound is infected, high fever today, not talking as clearly as usual",
    ],
    "fingers cut off at work, brought in a bag on ice": [
        "机器把他两根手指头压掉下来了，人在外面",
        "机器把他的手指头压掉下来了，我们放冰块上带来了",
        "the press took two of his fingers off, we put them in a plastic bag on some ice",
    ],
    "an antidepressant by name taken by the dozen": [
        "他把一盒氟西汀都吃了",
        "佢食咗成排舍曲林",
        "I took about twenty of my fluoxetine tonight",
        "she swallowed thirty of her citalopram an hour ago",
        "he took forty of his mirtazapine",
    ],
    "a jaw or left arm with a face gone white": [
        "下巴有点痛，左手发麻，脸色白得吓人",
        "佢下巴痛，左手好痹，面白到好似張紙",
        "她下巴痛，左手臂發麻，臉色發白",
        "his jaw aches and his left arm is numb, he's white as a sheet",
    ],
}

NOT_EMERGENCIES = {
    "an overdose or a stroke in a novel or a drama": [
        "小說裡面寫主角吃了整瓶安眠藥，想找醫生問問",
        "I'm writing a novel where a character takes an overdose of sleeping pills, who can I ask",
        "我在写小说，主角吃了一整瓶安眠药，想问问医生",
        "劇裡面說心梗會左手麻，想問一下是不是真的",
    ],
    "a pet stung, a vet asked for": [
        "my cat got stung by a wasp and her face is swelling, is there a vet nearby",
        "我家狗被蜜蜂蛰了，脸肿起来了，附近有宠物医院吗",
        "隻狗俾蜜蜂叮咗，塊面腫起嚟，附近有冇獸醫",
    ],
    "a relative already admitted for a heart attack": [
        "我爸心梗，昨天从急诊收进去了，我来交押金",
        "我老公心肌梗塞，現在住在ICU，我想問探病時間",
        "my dad had a heart attack and is in the ccu now, where do I pay",
        "我老公心梗，现在住在CCU，我来办手续",
    ],
    "records asked for after a crash, when he was brought in": [
        "I need the records from when he was brought in after the car crash, for the lawyer",
    ],
    "a febrile fit last week, named, a follow-up": [
        "儿子上周发烧抽了一次，住院查了说是热性惊厥，现在好了，医生叫回来复诊",
        "個仔上個禮拜發燒抽過一次筋，住院檢查講係熱性驚厥，依家好返，叫我哋返嚟覆診",
        "女兒上週發燒抽筋一次，住院查了說是熱性驚厥，現在好了，來兒科複診",
    ],
    "a known epilepsy's short fit, over and wholly awake": [
        "我妈有癫痫，早上抽了一下，半分钟就停了，现在完全清醒",
        "my brother has epilepsy, he had a fit this morning, it stopped in under a minute and he's fully awake",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "我爸有癫痫，抽了一下，一分钟就停了，现在又抽了",
    "我妈有癫痫，这是第一次抽这么久，一直叫不醒",
    "my dog got stung and now my face is swelling and I can't breathe",
    "我爸心梗放过支架，现在胸口剧痛，出冷汗",
    "孩子抽筋，现在叫不醒，嘴唇发紫",
    "我的手指被机器切断了，断下来的那截用冰袋装着",
    "my sister took a whole box of sertraline",
]

# Calm stories, each to its clinic.
CALM = [
    ("我的左手中指被机器压掉了一节，现在想做再造手术", ("AEST", "PLAST", "ORTHO")),
    ("电视剧里演脐带先掉出来，这种情况多吗？我现在三十周", ("OB",)),
    ("孩子上礼拜高烧抽过一次，医生说是热性惊厥，今天来复诊", ("PED", "CHILD", "NEURO", "FEVER")),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)


TestSweep = sweep_tests(SWEEP, kept_misses=1, families=False)
