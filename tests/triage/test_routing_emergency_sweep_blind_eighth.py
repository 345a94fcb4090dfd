"""The eighth emergency sweep written blind (150 complaints in Simplified and Traditional Chinese
— Hong Kong Cantonese and Taiwan Mandarin — and English: 100 emergencies by family and 50
look-alikes), its missed emergencies and false one taught by family (concept, composition,
context), never by a file's sentence; and three known defects taught the same way.

First run (the base commit): 95 of 100 emergencies, 1 of 50 false (top-1 135 of 150); with this
module's change (migration 0121) 100 of 100, 0 of 50 (top-1 141 of 150). No false alarm is kept
and no emergency is judged mislabelled.

Why the emergencies missed:

- A child breathing sixty and more times a minute with the skin above the collarbones sucked in
  (锁骨上面都凹进去了, 三凹征): a counted breathing rate was no red flag, and the recession
  words knew the ribs and the chest but not the collarbones.
- Pre-eclampsia or HELLP in a pregnancy: a pain under the breastbone or high on the right
  (心口下面痛, 右上腹胀疼), the face and hands swollen (a ring that will not come off, 肿得发亮)
  and the sight blurred (模模糊糊) were no danger sign the pregnancy composition knew (a high blood
  pressure said 之前 was history).
- A medicated oil drunk (一小瓶风油精喝了): 风油精, 清凉油, 驱风油, 白花油, camphor, Tiger Balm and
  wintergreen oil were no poison (a new concept, @medicated_oil, and its rule).
- 'Grandpa's heart pills, I think she ate two or three, she's four': the pills and the eating were
  told in two clauses and 'she's four' was no child the rule knew.

Why the false one fired:

- A first-aid course asked about (海姆立克急救的课): 急救课 was the exception, 急救的课 not.

The three known defects, taught the same way:

- 'Bumped his head … hasn't been sick': 'hasn't been' before 'been sick' denies it (it made
  ER II).
- A two-year-old's 说话不清 read as a stroke at ER I: slurred or unclear speech alone is a stroke's
  sign from four years old (its own rule); a small child's speech not yet clear is development
  (the children's clinic), and a sudden loss or slurring of speech at any age stays an emergency.
- A neighbour found hanged (邻居上吊了，我发现的): someone else's death by hanging is their story
  (as a death or a hospital stay was); one's own or a relative's is still an emergency.

Left as they are: the sweep's nine top-1 misses that are no emergency question (a toddler who
swallows toothpaste; a marble passed, back for follow-up; an inhaler to renew for a child with
asthma; a baby's laryngomalacia follow-up; hunger's shaking without diabetes; an old man's falls
to assess; a missed antibiotic dose; spotting last month with a fine scan; a neighbour's child's
poisoning told to ask how to store medicines safely). Every wording in the tables is our own,
in Simplified and Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-eighth.jsonl"

EMERGENCIES = {
    "a child breathing sixty or more a minute, the skin above the collarbones sucked in": [
        "孩子呼吸一分钟七十多次，锁骨上面一吸一吸往下凹",
        "BB抖氣好急，一分鐘數到六十幾下，鎖骨上面凹晒落去",
        "寶寶呼吸好快，一分鐘六十多下，鎖骨上面都凹下去",
        "宝宝喘得厉害，锁骨上面一吸一吸地凹下去",
        "my baby is breathing 65 times a minute and the skin above her collarbones sucks in",
        "the baby's breathing is over 60 a minute and the skin above his collarbones is pulling in",
    ],
    "pre-eclampsia: a pain under the breastbone or high on the right, face and hands swollen": [
        "我怀孕八个月，心口下面疼得厉害，手指肿得戒指都摘不下来",
        "懷孕三十二週，右上腹好痛，塊面同對手突然腫晒",
        "我懷孕七個月，臉跟手突然腫起來，看東西模模糊糊",
        "I'm 34 weeks pregnant with pain high on the right under my ribs and my face and hands are "
        "suddenly swollen",
        "I'm 36 weeks pregnant, my vision is blurry and my face is swollen",
    ],
    "a medicated oil or camphor swallowed": [
        ("孩子把奶奶的清凉油吃了一大口，现在一直吐", 3),
        ("個女飲咗幾啖驅風油，而家好眼瞓", 2),
        ("小孩把白花油喝了，現在一直吐", 4),
        ("my toddler swallowed some Tiger Balm and now he's vomiting", 2),
        ("my son drank wintergreen oil from the cupboard and is drowsy", 3),
    ],
    "a child who ate a grandparent's pills, told over two clauses": [
        "奶奶的降压药，孙子吃了两三粒，才三岁，现在好困",
        "阿爺啲心臟藥，個孫食咗幾粒，佢先三歲，而家好眼瞓",
        "my nan's blood pressure tablets, he swallowed a few, he's three, and he's very drowsy",
    ],
}

NOT_EMERGENCIES = {
    "a calm breathing rate, a heart rate beside breathlessness, a cold's noisy nose": [
        "寶寶感冒鼻塞，呼吸有啲聲，食奶正常",
        "my baby breathes about 40 times a minute when asleep, is that normal",
        "我爸有点喘，心跳每分钟80",
        "my breathing is fast, pulse 80 a minute",
    ],
    "feet swollen late in a pregnancy, a ring taken off for a scan": [
        "怀孕八个月，脚有点肿，晚上抬高就好了",
        "懷孕三十週，腳踝有少少腫，其他都好，血壓正常",
        "I'm 30 weeks pregnant and my ankles swell a bit at night, blood pressure normal",
        "I'm 20 weeks pregnant, can I take my ring off for the scan",
    ],
    "a medicated oil rubbed on, or pills counted and all there": [
        "宝宝被蚊子咬了，可以擦风油精吗",
        "我頭痛搽咗白花油，想問仲可以用乜嘢",
        "is Tiger Balm safe to rub on a toddler's chest",
        "吃了饭以后擦了风油精，头还是晕",
        "头痛擦了白花油之后吃了止痛药，还是痛",
        "孩子把爷爷的药瓶拿出来玩，数过了一粒没少",
    ],
    "a first-aid course": [
        "你们有没有心肺复苏的培训班，我想学",
        "有冇急救課程可以報名？",
        "do you run first aid classes for parents",
    ],
    "a bumped head and no vomiting ('hasn't been sick')": [
        ("my son bumped his head on the door frame, he hasn't been sick and is running around", 4),
        ("she bumped her head this morning, she hasn't been sick at all and is eating normally", 6),
    ],
    "a small child's speech not yet clear": [
        ("我儿子两岁了，说话还不清楚", 2),
        "我儿子两岁了，说话不清，想看看",
        ("個女兩歲半，講嘢仲唔係好清楚", 2),
        "my 2 year old doesn't talk clearly yet, is that normal",
    ],
    "a neighbour found hanged, the visitor sleepless": [
        "邻居上吊了，是我发现的，这几天一直做噩梦睡不着",
        "隔籬屋嘅阿伯上吊咗，我發現嘅，而家瞓唔著",
        "my neighbour hanged himself, I found him, and now I can't sleep",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "怀孕三十五周，头痛得厉害，看东西模糊，血压180",
    "孩子喝了一口洁厕灵，嘴里起泡",
    "孩子吃了奶奶的安眠药，叫不醒",
    ("my son bumped his head and has been sick twice, now he is very sleepy", 4),
    ("我三岁的女儿突然不会说话了，右手也没力", 3),
    "我妈突然说话不清，嘴也歪了",
    "我妈说话不清，口齿不清",
    "我想上吊，绳子都准备好了",
    "我老公刚才在家上吊，刚被我救下来",
]

# Calm stories, each to its clinic.
CALM = [
    ("我儿子两岁了，说话不清，想看看", ("CHILD", "PED", "ENT")),
    ("怀孕八个月，脚有点肿，晚上抬高就好了", ("OB",)),
    ("邻居上吊了，是我发现的，这几天一直做噩梦睡不着", ("PSY",)),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
