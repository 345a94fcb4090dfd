"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 150th to 153rd hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- A head split open (the back of the head said as 后尾枕 too) and the bleeding said as not
  stopping in Cantonese (止唔到, 仲系咁流) or as a towel soaked with blood: heavy bleeding.
- A heavy weight (a barbell, a steel bar) crushed or dropped onto the neck, with no feeling in
  the hands and feet (手脚都没感觉, "no feeling in his hands"): a spinal cord injury.
- Urine said as 小便 the colour of cola, soy sauce or strong tea after a first hard class, the
  legs swollen rock hard: muscle breaking down (rhabdomyolysis).
- A hot, sleepy child with a single purple dot or spot ("small purple dot"): a rash that does
  not fade with a fever, meningococcal disease until shown otherwise.
- An older person with a fever who barely answers when called (叫她也不太应, 叫他都不怎么答应,
  叫佢都唔系几应, "barely responds"): reduced responsiveness, an emergency, not the fever clinic;
  not 应该, nor a request turned down (叫他吃药他不太答应).
- Calm: a pile of medicines an old person cannot keep straight (药一大把搞不清) is a review, not an
  overdose; a food poisoning told with nothing alarming (no numbness, faint, blood, no household
  struck) is a stomach upset; a broken hip already being admitted, asked about its paperwork
  and deposit, is the admissions desk.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

Kept false alarm: the 152nd file's ball struck into the eye with the sight a bit misty (expected
at the eye clinic). Blurred sight after a blunt blow to the eye may be blood in the front chamber
(hyphaema), a detached retina or a burst globe, which need an eye examination within hours; the
eye-injury red flag holds blurred sight on purpose (an earlier teaching put it there), and a desk
cannot tell a little mist from a bleed. It stays an emergency at II. And the 151st file's home
pressure of 180 told to ask for the tablets that ran out, "a little dizzy" (expected at the heart
clinic): a pressure of 180 or more is a red flag by its number (the issue's rule, `redflags`), and
dizziness beside it is no sign a desk may set aside; it stays an emergency at I.

The four files were written blind after migration 0088: on e407e34 they read 222 of 240, 76 of
80 emergencies, 5 of 160 false. With this module's change (migration 0093) 229, 80, 2 (the two kept
ones). This module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

# Blurred sight after a blow to the eye, and a pressure of 180 with dizziness, stay emergencies
# (see the docstring).
KEPT_FALSE_ALARMS: dict[str, int] = {
    "routing-one-hundred-fifty-first-handwritten.jsonl": 1,
    "routing-one-hundred-fifty-second-handwritten.jsonl": 1,
}

TestFiles = file_tests("one_hundred_fiftieth_to_fifty_third", KEPT_FALSE_ALARMS)

EMERGENCIES = {
    "a head split open with bleeding that will not stop or a towel soaked with blood": [
        "阿爷喺厕所跌低，后尾枕爆咗个口，血仲系咁流",
        "老公跌低，後尾枕撞爆咗，條毛巾都濕晒血",
        "佢撞親個頭，血止唔到",
        "我爸在浴室摔倒，后脑勺磕破了，毛巾都被血湿透了",
        "she slipped in the bath, split the back of her head open, the towel is soaked and it "
        "won't stop bleeding",
    ],
    "a heavy weight onto the neck with no feeling in the hands and feet (spinal injury)": [
        "他在健身房被杠铃砸到脖子，手脚都没感觉",
        "工地的钢管压到他脖子，现在四肢都没感觉",
        "槓鈴壓到佢條頸，手腳都冇感覺",
        "槓鈴砸中他的脖子，現在手腳都沒有感覺",
        "a barbell came down on his neck, now he has no feeling in his hands",
    ],
    "urine like cola or soy sauce after a hard first class, legs swollen hard (rhabdomyolysis)": [
        "练了一次深蹲，大腿肿得硬邦邦，小便像可乐",
        "上了两次动感单车课，今天小便是酱油色",
        "跑完馬拉松，小便好似濃茶咁色，腿好痛",
        "第一次上飛輪課，兩條腿腫得很硬，小便跟可樂一樣",
        "after my first spin class my legs are rock hard and swollen and my pee is cola coloured",
    ],
    "a hot, sleepy child with a purple dot or spot (a rash that does not fade)": [
        "baby 8 month very hot, sleepy, not feeding, small purple dot on tummy",
        "my toddler is burning hot and has a purple spot on his leg",
        "宝宝发烧一天了，不肯喝奶，身上有小紫点",
        "BB發燒，好眼瞓，皮膚有啲紫色細點",
        "孩子發高燒，昏昏沉沉，腿上有紫色的小點",
    ],
    "an older person with a fever who barely answers when called": [
        "外婆发烧39度，叫她都不太应",
        "外公發燒，叫他也不怎麼答應",
        "阿爺發燒，叫佢都唔係幾應",
        "爷爷烧了两天，喊他不大应",
        "my grandad has a high fever and barely responds when we call him",
        "grandma's got a temperature and hardly responds",
    ],
}

NOT_EMERGENCIES = {
    "a pile of medicines an old person cannot keep straight (a review)": [
        "我妈七十九了，最近老忘事，药一大把分不清哪个是哪个",
        "外公記性差，藥一大堆搞不清楚怎麼吃",
        "阿嫲好多藥，成日搞唔清食咗未",
    ],
    "a food poisoning with nothing alarming (a stomach upset)": [
        "昨天吃了路边摊，好像食物中毒了，吐了两次，现在就是有点恶心",
        "食物中毒，拉咗兩次，而家冇乜事，淨係有啲攰",
        "I think I got food poisoning from a kebab, threw up once, now just feel a bit rough",
    ],
    "a broken hip already being admitted, asked about its paperwork": [
        "我奶奶摔断了髋骨，医生说要住院，在哪里办住院手续交押金",
        "my nan broke her hip and is being admitted, where do we do the paperwork",
        "阿嫲跌斷咗髖骨，話要入院，喺邊度交按金",
    ],
    "a request turned down or 应该, not a person barely answering": [
        "孩子发烧，叫他吃药他不太答应",
        "发烧38度，我觉得不太应该去急诊吧",
    ],
    "a still, clear child with a spot; sore legs after a class with normal urine": [
        "练完腿两天了，大腿很酸，小便正常",
        "上完動感單車課，腿好酸，尿嘅顏色正常",
        "a small purple spot on my arm from a bump, no fever, feel fine",
    ],
}

STILL_EMERGENCIES = [
    # A pressure of 180 or more stays a red flag, whatever was run out of.
    "我妈血压在家量了185，降压药吃完了，想开点药，人挺好的",
    "我爸血压180，降压药吃完了，现在胸口痛",
    "血压在家量了210，药吃完了，想开药",
    "blood pressure 185 at home, ran out of my pills, now my face is numb and my speech is slurred",
    # A food poisoning with numbness or a household struck stays.
    "吃了河豚，食物中毒，嘴巴发麻",
    "全家食物中毒，吐得厉害，奶奶晕倒了",
    # A handful swallowed stays an overdose, muddled or not.
    "外公糊涂了，把一大把药全吃了",
    "吞了一大把药，搞不清自己在哪",
    "一大把药全吃了，现在搞不清自己在哪",
    # A broken hip after a fall, with nothing of admission, stays.
    "奶奶摔了一跤，髋骨断了，起不来",
    # Blurred sight after a blow to the eye stays (the kept false alarm's family).
    "被羽毛球打到眼睛，看东西模糊",
    # Calling without an answer stays.
    "奶奶发烧，叫不应",
]

AT_THEIR_DESK = [
    ("我妈七十九了，最近老忘事，药一大把分不清哪个是哪个", ("GERI", "NEURO", "GP", "PHARM")),
    ("外公記性差，藥一大堆搞不清楚怎麼吃", ("GERI", "NEURO", "GP", "PHARM")),
    ("昨天吃了路边摊，好像食物中毒了，吐了两次，现在就是有点恶心", ("GI", "GP")),
    (
        "I think I got food poisoning from a kebab, threw up once, now just feel a bit rough",
        ("GI", "GP"),
    ),
    ("我奶奶摔断了髋骨，医生说要住院，在哪里办住院手续交押金", ("ADMIT", "BILL")),
    ("my nan broke her hip and is being admitted, where do we do the paperwork", ("ADMIT",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
