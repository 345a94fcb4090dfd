"""The wrong desks of the seventy-eighth to the eighty-first hand-written files (60 complaints
each, written blind): every first-run miss that was no emergency and whose engine answer was not
ER (a wrong department, or a service point mixed up with a clinic). Their emergencies and the
misses answered ER are the emergencies teacher's.

First run (after the seventy-fourth to seventy-seventh were taught), the wrong desks of each file:
seventy-eighth 8, seventy-ninth 5, eightieth 4, eighty-first 9 (26 of the 47 first-run misses; 25
taught here as data). Files at first run: 49, 52, 51, 46 of 60; after this part (with the
emergencies teacher's work as it stood): 59, 59, 58, 59, every emergency, 2 of 160 false. 8,976
case-file complaints compared before and after: 37 better, none worse. Two of the emergencies
teacher's misses (a check-up after a relative's death, a stomach burning after a spicy dare) reach
their desks through these families once their red flag is quiet.

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): eating little and losing weight while calling oneself fat; an animal's bite said with
its pronoun (被它咬, 被牠咬); a graze or a cut said in Cantonese (擦损, 切亲); an ankle (脚眼)
swollen after a tackle or a twist (swollen ankles with no injury stay the kidney clinic's); dizzy
on standing with the dizziness said in Chinese inside English; a calf sore after a hike or a run
(not after a flight); burning behind the breastbone or in the stomach; memory said as 记性…不好;
an old person whose several chronic diseases are named beside a new geriatric problem (forgetting,
falls, withdrawal, unable to walk) is the geriatricians', over the clinic of any one disease; a
rash or itch after a food; a check-up because a relative died, feeling well (not when one names
one's own disease); eyes red and burning; liver tests high (with hepatitis named it stays
infections'); skin rubbed raw (not warts); wanting to stop drinking; gallstones said as 胆石;
fingers white in the cold (Raynaud's, a frostbite past is history); the skin of the fingers
cracked; an illness long recovered from, now a check-up; shaky hands and a racing heart with
weight loss; rib pain on pressing after a fall; gout named beside foot pain.

Left: f78-017 (缴费，住院押金在哪交, BILL only): the admission deposit has been the admissions
desk's in earlier files (ADMIT alone or ADMIT and BILL), so it stays ADMIT.

Found while teaching, for the engine's owner and the emergencies teacher (no file's case): "hives
after eating peanuts, no trouble breathing" is ER/I (the denied breathing still fires the allergy
red flag); "Fell off a ladder, my rib hurts when I press it" is ER/I (severe trauma); "my stomach
is burning after curry" is ER/II (the large-burn red flag takes "burning" beside "stomach");
"burning behind my breastbone, sweating, pain going down my left arm" is no emergency (the English
chest red flag names the chest, not the breastbone; adding it would fire on a heartburn that says
"I'm dying"); alcohol stopped two days ago, trembling and seeing insects, is no emergency.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "eating little and losing weight while calling oneself fat": [
        ("女儿十五岁，吃得很少，瘦了很多，还觉得自己胖", ("PSY", "PED"), 15),
        ("My daughter is 16, barely eats and thinks she's fat", ("PSY", "PED"), 16),
        ("最近節食，瘦了好多，可是還是覺得自己胖", ("PSY",)),
    ],
    "an animal's bite said with its pronoun (被它咬, 被牠咬)": [
        ("喂猫的时候被它咬了一口", ("PREV",)),
        ("幫狗狗洗澡，被牠咬到手", ("PREV",)),
    ],
    "a graze or a cut said in Cantonese (擦损, 切亲)": [
        ("跌親，手肘擦損咗", ("GS",)),
        ("切生果切親手，個口有啲深", ("GS",)),
    ],
    "an ankle (脚眼) swollen after a tackle or a twist": [
        ("打波扭親腳眼，腫咗", ("ORTHO",)),
        ("落樓梯跌親，腳眼好痛", ("ORTHO",)),
    ],
    "dizzy on standing, the dizziness said in Chinese inside English": [
        ("I get 头晕 when I stand up too quickly", ("GP",)),
    ],
    "a calf sore after a hike or a run": [
        ("My calves are sore after the hike yesterday", ("ORTHO", "GP")),
        ("跑完马拉松，小腿酸痛", ("ORTHO", "GP", "REHAB")),
    ],
    "burning behind the breastbone or in the stomach (heartburn)": [
        ("Burning behind my breastbone after big meals", ("GI",)),
        ("吃完饭胸骨后面烧得慌", ("GI",)),
        ("After the curry my stomach's been burning all night", ("GI",)),
    ],
    "memory said as 记性…不好": [
        ("这半年记性越来越不好", ("NEURO", "GERI")),
    ],
    "an old person with several chronic diseases and a new geriatric problem": [
        ("外婆八十五，高血压糖尿病，最近老是忘东忘西", ("GERI",), 85),
        ("阿爷八十幾，有心臟病同糖尿，最近成日跌親", ("GERI",), 84),
        ("Dad is 83, diabetes and heart disease, keeps forgetting his tablets", ("GERI",), 83),
        ("爷爷八十岁，冠心病高血压，这几天老发呆，不爱说话", ("GERI", "NEURO"), 80),
    ],
    "a rash or itch after a food": [
        ("吃了海鲜，身上起红疹，很痒", ("ALLERGY", "DERM")),
        ("Itchy rash after eating prawns", ("ALLERGY", "DERM")),
    ],
    "a check-up because a relative died, feeling well": [
        ("My father died of a stroke, I'd like a check-up, I feel fine", ("PREV",)),
        ("我舅舅上个月去世了，想来体检一下，我没什么不舒服", ("PREV",)),
    ],
    "eyes red and burning": [
        ("My eyes are burning and red after swimming", ("OPH",)),
        ("眼睛灼热，发红，看东西还好", ("OPH",)),
    ],
    "liver tests high": [
        ("体检转氨酶高，要看什么科", ("GI", "INFECT")),
        ("My liver enzymes were high on a blood test", ("GI", "INFECT")),
    ],
    "skin rubbed raw (chafing)": [
        ("新鞋把脚后跟磨破了", ("GS", "DERM")),
        ("Long bike ride, my thighs are chafed and sore", ("GS", "DERM")),
    ],
    "wanting to stop drinking": [
        ("我想戒酒，自己戒不掉", ("PSY",)),
        ("I want to quit drinking and need help", ("PSY",)),
        ("飲酒飲咗好多年，想戒", ("PSY",)),
    ],
    "gallstones said as 胆石": [
        ("以前话我有胆石，右上腹又痛", ("GS",)),
    ],
    "fingers white in the cold (Raynaud's)": [
        ("一到冬天手指就发白，暖了又变红", ("RHEUM", "CVS")),
        ("My fingers turn white in the cold", ("RHEUM", "CVS")),
    ],
    "skin of the fingers cracked": [
        ("洗洁精用多了，手指皮肤都裂开了", ("DERM",)),
        ("Cracked skin on my fingertips from the solvent at work", ("DERM",)),
    ],
    "an illness long recovered from, now a check-up": [
        ("以前得过肺结核，早就好了，来体检", ("PREV",)),
    ],
    "shaky hands and a racing heart with weight loss": [
        ("手抖，心慌，最近瘦了五斤", ("ENDO",)),
        ("Shaky hands, heart racing and I've lost weight", ("ENDO",)),
    ],
    "rib pain on pressing after a fall": [
        ("Had a tumble in the garden, my rib hurts when I press it", ("ORTHO", "THOR")),
        ("上周摔了一跤，按肋骨会痛", ("ORTHO", "THOR")),
    ],
    "gout named beside foot pain": [
        ("有痛风，这两天脚痛得厉害", ("RHEUM",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("我想减肥，觉得自己胖", ("ENDO", "NUTR", "GP", "PSY")),
    ("被蚊子咬了，好痒", ("DERM",)),
    ("脚眼肿，冇跌过，尿有泡", ("NEPH",)),
    ("Long flight yesterday, calf swollen and tender", ("CVS", "GP")),
    ("It burns when I pee", ("URO", "GYN", "GP")),
    ("开水烫到手，起泡了", ("BURN",)),
    ("手上长了好几个瘊子，干活老磨破", ("DERM",)),
    ("体检说转氨酶高，乙肝小三阳", ("INFECT",)),
    ("我爸心衰走了，我也有高血压，想查查", ("CARD",)),
    ("Dad had a heart attack last year, he's due his check-up", ("PREV", "CARD")),
    ("手指发麻好几天了", ("NEURO",)),
    ("手抖好几年了，拿筷子不稳", ("NEURO",)),
    ("去年得过甲肝，现在又黄疸了", ("INFECT", "GI")),
    ("I want to quit smoking", ("PREV", "RESP", "GP", "PSY")),
]
LOOK_ALIKES_AGED = [
    ("奶奶八十岁，昨天摔倒了，手腕肿", ("ORTHO",), 80),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("吃了虾，嘴唇肿了，喘不上气", None),
    ("Ate peanuts, throat swelling and can't breathe", None),
    ("胸骨后面烧，出冷汗，喘不上气", None),
    ("Fell off a ladder, my rib hurts and I can't breathe", None),
    ("Chemical splashed in my eye, I can't see", None),
    ("爷爷八十岁，高血压糖尿病，突然说不出话，一边手脚没力", 80),
    ("我想戒酒，昨天抽搐了", None),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
