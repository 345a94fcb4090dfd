"""The wrong desks of the ninety-eighth to the one hundred and first hand-written files (60
complaints each, written blind): every first-run miss that was no emergency and whose engine answer
was not ER (a wrong department, or a service point mixed up with a clinic). Their emergencies and
the misses answered ER are the emergencies teacher's
(tests/triage/test_routing_ninety_eighth_to_one_hundred_first.py).

Two desks teachers share this module: one the ninety-eighth and ninety-ninth files, one the
one hundredth and the one hundred and first; each adds its own families to the tables below.

First run (commit d4b0890), the wrong desks of the one hundredth and the one hundred and first: 6
and 6 (12, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk), the one hundredth and the one hundred and first:
- a tooth chipped, cracked or broken (牙崩了, 磕掉一个角, 崩咗一忽, "chipped her front tooth") is
  the dentist's, a child's too (a new rule: the word 小孩 alone had sent it to the children's
  department);
- after a birth (剖完 and "c-section", "caesarean" are @after_birth now), a ridge down the belly's
  middle when the head is lifted, or a belly still big months on, is the stomach muscles parted:
  rehabilitation's (two rules; a wound, a fever or bleeding stays the obstetrician's);
- a bead, a bean or a pearl pushed up a child's nose with easy breathing is ENT's (米珠, 串珠, 珠仔,
  beads, peas join @foreign_object; 鼻哥, 耳窿 are read as the nose and the ear);
- the sugar-drink test of pregnancy (妊娠糖尿病的筛检, 糖筛, "gestational diabetes test") is
  antenatal care's: the low-sugar rule (insulin, then sugar water) no longer reads 糖尿病 + 糖水 of
  the test;
- a diagnosis or medical certificate for an insurer (new concepts @certificate and @insurer) is the
  records desk's, whatever the illness or the sprain it tells of; and a paper asked for in English
  ("need a medical cert", "can I get a diagnosis certificate") or wanted in Chinese (保险公司要诊断
  证明) is a service asked for, so the records desk keeps its score beside the illness named
  (rank.asks_for_service; tested in test_routing_steps.py);
- an itchy dry rash in the creases of the elbows and knees (肘窝, 膝窝, 膝盖后面, "elbow creases",
  "behind the knees") is the skin clinic's, a child's too (the joints named had sent it to
  paediatric surgery); a swelling or pain there keeps its desk;
- a relative's stroke or heart attack, no complaint of one's own, a check of one's own vessels
  wished for (查下血管, "should I get checked") is prevention's, as a relative's cancer was; the
  cancer rule reads 筛检, 要不要查, 需不需要检查, "do I need to be screened" too; and 前几年, 前两年,
  前些年 (a few years back) tell the past, so a brother's stroke of some years ago is no emergency
  now (context._PAST_BEFORE and _STORY_PAST; tested in test_routing_steps.py);
- a splash of hot oil or soup (@hot_liquid*@spill, 油弹起来溅到, "oil spat") with blisters is the
  burns desk's, not the skin clinic's;
- a scratch by a stray cat told in another clause (遭抓了一爪, 挠出血, 俾佢抓, "it scratched me") is
  rabies prevention's;
- a belonging lost near a counter (学生证丢在抽血窗口, "left my student card by the x-ray desk")
  is patient services' (student and staff cards, passports, earphones join @lost_item; 丢在, 掉在
  join @lose_verb).

First run (commit d4b0890), the wrong desks of the ninety-eighth and the ninety-ninth: 7 and 5
(12, all taught here). Taught by family, the ninety-eighth and the ninety-ninth:
- the lower back named (its pain said any way: 锥子扎, 一猫腰) and, in a clause of its own, a
  pain or numbness running down a leg (往下窜, 串落隻腳, "shoots down my leg": the concept
  @shoots_down) is sciatica, bones and joints', not neurology's for the numb foot (a new rule; a
  numb groin or lost bladder control stays the emergency's);
- the head said any way (脑瓜子, 脑仁儿, 脑门: @head) aching, throbbing, pressing or tight (两边太阳穴
  发胀, 像箍了一圈, "a band round my head") is the headache's, neurology's; light that cannot be
  borne (见不得亮光, "can't bear the light") is @photophobia;
- swollen knuckles (指节都肿肿的, "puffy knuckles"), and both hands or the fingers stiff on waking
  (卡卡的 is @stiff), swollen or not, are an inflammatory arthritis, rheumatology's (a new rule; a
  finger that catches, a stiff neck, gout or a sprain is not);
- married or trying for a baby and no child yet (未有BB, 肚子没动静, "still no baby": @no_child_yet),
  at 45 or under, is reproductive medicine's (a pregnancy not wanted or not planned is not);
- spots or blisters on a child's hands, feet and in the mouth (listed with commas too) is hand,
  foot and mouth, the children's department's; and a baby or a child of five or under crying or
  fussy all the time (成日喊) is no mental-health complaint (two rules);
- a racing heart or a racing mind (@mind_racing: "can't switch my brain off") before exams,
  interviews or presentations (@stress_event) is anxiety, psychiatry's, not the heart clinic's;
- flat, crying over nothing, wanting to feel like oneself again (闷闷不乐, 无啦啦喊: @low_spirits)
  is a low mood said without the word mood, psychiatry's;
- a fever measured in Chinese numerals after 量/探/测 with a particle between (探咗下得三十九度)
  is the fever rule's (the emergencies teacher's inputs step reads "running 38.2" and 量了三十八度五);
- a child of 13 or under with an earache or tugging at an ear (抓耳朵, 扯耳仔), the child named or
  the age said ("our 6 year old", 两岁), is the children's department's (wax or a bead in the ear
  stays ENT's);
- copies of the records asked for an insurer or another doctor ("wants copies of the records",
  "need my records sent to my GP", 病历复印件) is a service asked for: the records desk keeps its
  score beside the illness the records tell (rank.asks_for_service; tested in
  test_routing_steps.py);
- a lung check wished for (照吓个肺, 照个片子看看肺) by a smoker, or after a relative's lung cancer
  (安心, 放心 as the reason), is the chest clinic's or prevention's, not oncology's.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a tooth chipped, cracked or broken (a child's too): the dentist": [
        ("儿子踢球摔了一跤，门牙崩了一小块，没出血", ("DENT",), 9),
        ("小朋友玩滑板车摔倒，下面的牙缺了一块，吃东西有点酸", ("DENT",), 7),
        ("個仔跌親，門牙崩咗一忽，唔係好痛", ("DENT",), 8),
        ("my daughter chipped her front tooth on the climbing frame, no pain", ("DENT",), 6),
        ("bit on an olive stone and cracked a back tooth", ("DENT",), 45),
    ],
    "after a birth, the stomach muscles parted (a ridge, a belly that stays big)": [
        ("生完孩子半年了，肚子还是鼓，一做仰卧起坐中间就鼓起一条", ("REHAB",), 31),
        ("顺产后四个月，医生说我腹直肌分离两指，想做康复", ("REHAB",), 29),
        ("剖宮產後半年，起身時肚子中間凸起一條，像還懷著", ("REHAB",), 33),
        (
            "had my baby 5 months ago, my belly still looks pregnant and there's a ridge down the middle when I sit up",
            ("REHAB",),
            30,
        ),
        (
            "c-section in March, I think I have diastasis recti, can someone check my tummy gap",
            ("REHAB",),
            34,
        ),
    ],
    "a bead or a bean pushed up a child's nose, breathing well: ENT": [
        ("儿子把一颗串珠塞进鼻孔，弄不出来，呼吸正常", ("ENT",), 4),
        ("孙女把绿豆塞鼻子里了，拿不出来，不哭不闹", ("ENT",), 3),
        ("my son pushed a bead up his nose and we cant get it out, breathing fine", ("ENT",), 4),
        ("女仔塞咗粒珠仔入鼻哥窿，攞唔出，唞气正常", ("ENT",), 5),
    ],
    "the sugar-drink test of pregnancy: antenatal care": [
        ("怀孕二十四周，要做妊娠糖尿病筛查，需要空腹来吗", ("OB", "LAB"), 28),
        ("懷孕26週要做糖耐，喝糖水那個檢查要多久", ("OB", "LAB"), 31),
        (
            "I'm 27 weeks pregnant and booked for the gestational diabetes test, do I fast before?",
            ("OB", "LAB"),
            29,
        ),
        ("孕期糖筛在哪里做，要不要空腹", ("OB", "LAB"), 30),
    ],
    "a diagnosis or medical certificate for an insurer, after an illness or a sprain": [
        ("保险公司要诊断证明，我上个月在这里看过急性肠胃炎，去哪里开", ("RECORDS", "INSUR"), 40),
        ("旅遊保險理賠要醫生的診斷書，我兒子上禮拜支氣管炎在這裡看的", ("RECORDS", "INSUR"), 8),
        (
            "I need a medical certificate for my travel insurance, I was treated here for a broken wrist last month",
            ("RECORDS", "INSUR"),
            35,
        ),
        (
            "my insurer wants a diagnosis certificate for my daughter's tonsillitis last week, where do I get one",
            ("RECORDS", "INSUR"),
            7,
        ),
    ],
    "an itchy dry rash in the elbow and knee creases: the skin clinic": [
        ("孩子五岁，肘窝和膝窝总是起红疹，很痒，晚上抓破", ("DERM", "PED"), 5),
        ("女儿膝盖后面和手肘内侧皮肤干，痒得一直抓", ("DERM", "PED"), 8),
        (
            "my toddler has dry itchy patches in the crook of his elbows and behind his knees",
            ("DERM", "PED"),
            2,
        ),
        ("itchy rash in my elbow creases every winter, it flakes", ("DERM",), 25),
    ],
    "a relative's stroke or heart attack, no complaint, a check of one's own vessels": [
        ("我妈前年中风了，我自己没什么不舒服，想查一下血管", ("PREV", "NEURO"), 48),
        ("my dad had a heart attack at 55, should I get checked too?", ("PREV", "CARD"), 40),
        ("我哥哥前几年脑出血，我需不需要查一下血管", ("PREV", "NEURO"), 44),
        ("老豆之前爆血管中风，我想睇下自己使唔使查下", ("PREV", "NEURO"), 42),
        ("my dad had a stroke at 60, should I get my arteries checked?", ("PREV", "NEURO"), 38),
        ("家族有中风史，我自己想查一查", ("PREV", "NEURO"), 45),
        ("heart attacks run in my family, I'd like a check-up", ("PREV", "CARD"), 47),
    ],
    "a splash of hot oil or soup with blisters: the burns desk": [
        ("煎鱼的时候热油溅到手臂上，起了几个水泡", ("BURN",), 40),
        ("炸薯條時油彈起來濺到手背，起了水泡", ("BURN",), 35),
        ("hot oil spat out of the pan onto my wrist, now there are blisters", ("BURN",), 30),
        ("端汤的时候洒了，烫到手背起了两个泡", ("BURN",), 50),
    ],
    "a scratch by a cat or a dog told in another clause: rabies prevention": [
        ("下楼喂野猫，被抓了一道，流了点血", ("PREV",), 25),
        ("邻居家的狗扑过来，挠出血了", ("PREV",), 33),
        ("我喺公园逗流浪猫，俾佢抓咗一下，有少少血", ("PREV",), 28),
        ("was playing with a stray kitten and it scratched my hand, small bleed", ("PREV",), 22),
    ],
    "a relative's cancer, no complaint, screening asked for oneself": [
        ("我姐姐得了乳腺癌，我需不需要检查一下", ("PREV", "GS"), 40),
        ("我爸是肠癌走的，我要不要去做筛检", ("PREV", "GI", "GS"), 45),
        ("阿妈之前患過乳癌，我使唔使都去做篩檢", ("PREV", "GS"), 36),
        ("my mum had breast cancer, do I need to be screened as well?", ("PREV", "GS"), 35),
    ],
    "a belonging lost near a clinic or a counter: patient services": [
        ("我的学生证好像丢在抽血窗口那边了", ("CS",), 19),
        ("刚才在眼科候诊区把雨伞落下了，有人捡到吗", ("CS",), 60),
        ("I left my student card by the x-ray desk, has anyone handed it in?", ("CS",), 21),
        ("lost my earphones somewhere near the pharmacy, is there a lost property?", ("CS",), 30),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A tooth that aches or moves, a toothbrush broken.
    ("小孩牙疼两天，晚上哭", ("DENT", "PED"), 6),
    # After a birth, a wound or bleeding stays the obstetrician's; a lump at the navel, the surgeon's.
    ("剖完一个月，刀口有点红，渗水", ("OB", "GS", "GYN"), 30),
    ("生完孩子以后肚脐鼓出来一个包，躺下会回去", ("GS",), 32),
    # A caesarean years ago and heavy periods today: the gynaecologist's, no haemorrhage after a birth.
    (
        "I had a c-section 3 years ago, my periods are really heavy, soaking a pad every two hours",
        ("GYN",),
        35,
    ),
    # A runny nose with no object; a coin swallowed.
    ("孩子流鼻涕三天，鼻子不通", ("PED", "ENT"), 4),
    # Diabetes known outside pregnancy; a low sugar after insulin.
    ("糖尿病十年，最近血糖控制不好", ("ENDO",), 60),
    ("打完胰岛素出冷汗发抖，喝了糖水好了", ("ENDO",), 55),
    # A sick note for a cold is the GP's; a copy of the records stays the records desk's.
    ("感冒了流鼻涕，公司要病假条", ("GP",), 30),
    # Knee pain, a swelling behind the knee.
    ("膝盖后面鼓起一个包，蹲下疼", ("ORTHO", "GS"), 55),
    ("my knees hurt when I climb stairs", ("ORTHO",), 60),
    # A relative's stroke with one's own numb hand; the father's own rehabilitation.
    ("我爸中风了，带他来做康复", ("REHAB", "NEURO"), 70),
    # A relative with cancer taken to her own chemo.
    ("我妈乳腺癌，带她来化疗", ("ONC",), 62),
    # The father's own follow-up after his stent.
    ("我爸心梗放了支架，带他来复查", ("CARD",), 45),
    # A skin blister with no heat; a scratch with no animal.
    ("手上起了很多小水泡，很痒", ("DERM",), 30),
    ("痒得抓出血了，腿上一片红疹", ("DERM",), 40),
    # A blood test asked with nothing lost.
    ("where do I get a blood test done?", ("LAB",), 40),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子摔倒撞到头，门牙也磕断了，吐了两次，一直想睡", 6),
    ("孩子把豆子塞鼻子里，现在喘不上气，嘴唇发紫", 3),
    ("热油泼到脸上和胸口，一大片起泡", 40),
    ("我爸去年中风，我现在突然一边手脚没力，说话不清楚", 50),
    ("剖腹产后一周，下面出血止不住，换了好多片", 30),
    ("家族有中风史，今天突然一边手脚没力", 52),
    ("有心梗家族史，现在胸口压着疼，出冷汗", 50),
]

# The ninety-eighth and ninety-ninth files' families (their own desks teacher's).
DESKS.update(
    {
        "back pain, and a pain or numbness running down a leg in another clause (sciatica)": [
            ("搬砖搬了半年，腰一弯就像针扎，顺着右腿往下窜到脚后跟", ("ORTHO", "PAIN"), 45),
            ("腰疼了一个月，疼起来往大腿后面放射，小腿外侧发麻", ("ORTHO", "PAIN"), 52),
            ("條腰骨好痛，仲串落隻腳度，腳趾麻麻哋", ("ORTHO", "PAIN"), 50),
            (
                "lower back went lifting a fridge, now a burning pain shoots down my left leg",
                ("ORTHO", "PAIN"),
                38,
            ),
        ],
        "a one-sided throbbing headache for years, the head said any way (脑瓜子, 脑仁)": [
            ("脑仁儿疼，一跳一跳的，一疼就想吐，这毛病好些年了", ("NEURO",), 33),
            ("脑瓜子左边疼，见不得光，一犯就得躺半天", ("NEURO",), 40),
            ("偏一边的头痛又来了，怕光怕吵，每个月犯两三次", ("NEURO",), 28),
            (
                "migraines again, one side, throbbing, I can't bear the light, had them for years",
                ("NEURO",),
                35,
            ),
        ],
        "a pressing, tight headache on both sides (tension-type)": [
            ("最近工作压力大，两边太阳穴发胀，下午更明显", ("NEURO",), 31),
            ("脑门发紧，像箍了一圈，睡一觉能好点", ("NEURO",), 42),
            (
                "every afternoon it feels like a tight band round my head, for weeks now",
                ("NEURO",),
                36,
            ),
        ],
        "swollen knuckles or both hands stiff on waking (inflammatory arthritis)": [
            ("两只手的指关节肿了，早上起来僵硬得握不了拳，一个钟才缓过来", ("RHEUM",), 48),
            ("每朝起身對手都硬晒，要郁下郁下半個鐘先得，指節腫腫哋", ("RHEUM",), 55),
            ("早上起来十个手指都卡卡的，活动好久才松开", ("RHEUM",), 50),
            (
                "my knuckles are puffy and both hands are stiff every morning for about an hour",
                ("RHEUM",),
                46,
            ),
        ],
        "married or trying for a while, no child yet": [
            ("结婚两年多了，肚子一直没动静，想查查是怎么回事", ("REPRO", "GYN"), 30),
            ("我哋結咗婚四年都冇BB，想檢查下", ("REPRO", "GYN"), 33),
            (
                "been married three years and still no baby, we'd like to see someone",
                ("REPRO", "GYN"),
                32,
            ),
        ],
        "spots or blisters on a child's hands, feet and in the mouth (hand, foot and mouth)": [
            ("儿子三岁，手心脚心还有嘴巴里起了好多小红疹，不肯喝水", ("PED",), 3),
            ("個仔四歲，手板腳板同個口都有啲水泡，一直喊", ("PED",), 4),
            (
                "my 18 month old has little spots on her hands, feet and inside her mouth, very grumpy",
                ("PED",),
                1,
            ),
        ],
        "a baby or a toddler crying or fussy all the time": [
            ("个女一岁半，呢两日成日喊，食少咗", ("PED",), 1),
            ("my 2 year old keeps crying at night and won't settle", ("PED",), 2),
        ],
        "a racing heart or a racing mind before exams or interviews (anxiety)": [
            ("每次考试前心跳得特别快，手发抖，晚上睡不着", ("PSY",), 17),
            ("一到面试就心慌，脑子停不下来，整晚睡不好", ("PSY",), 26),
            (
                "my heart pounds before every presentation at work and I lie awake the night before",
                ("PSY",),
                29,
            ),
            (
                "mind racing all night before my exams, heart going like mad, can't sleep",
                ("PSY",),
                19,
            ),
        ],
        "flat, crying over nothing, waking early (low mood said without the word mood)": [
            ("I've been feeling flat since the baby left home, crying for no reason", ("PSY",), 52),
            (
                "lately I feel flat and cry over nothing, I just want to feel like myself again",
                ("PSY",),
                41,
            ),
            ("搬家以后整个人闷闷不乐，无缘无故想哭，半夜三点就醒", ("PSY",), 44),
            ("退休之後成日無啦啦喊，乜都唔想做", ("PSY",), 62),
        ],
        "a fever said as a number without its word (38.4, 量了三十九度)": [
            ("been running 38.6 since yesterday, aching everywhere and shivery", ("FEVER",), 28),
            ("hit 39.1 last night, headache and sore muscles, probably flu", ("FEVER",), 40),
            ("早上量了三十八度七，浑身酸痛，没胃口", ("FEVER",), 35),
            ("探咗下得三十九度，成身骨痛", ("FEVER",), 45),
        ],
        "a child's earache or tugging at an ear (paediatrics)": [
            ("女儿五岁，感冒几天了，今天一直说耳朵疼", ("PED",), 5),
            ("my 3 year old keeps pulling at his ear and crying, runny nose for days", ("PED",), 3),
            ("個仔七歲，今朝話耳仔好痛，流緊鼻水", ("PED",), 7),
        ],
        "copies of the records asked for an insurer or another doctor": [
            (
                "had my gallbladder out here in May, the insurance company needs copies of the discharge summary",
                ("RECORDS",),
                50,
            ),
            (
                "my travel insurer asked for a copy of my notes from when I broke my wrist here",
                ("RECORDS",),
                34,
            ),
            ("上个月在这住院治肺炎，保险公司要出院小结复印件", ("RECORDS",), 60),
        ],
        "a lung check wished for after a relative's lung cancer or years of smoking": [
            ("我爸是肺癌走的，我抽了三十年烟，想照个片子看看肺", ("RESP", "PREV"), 55),
            ("老豆肺癌過身，我都食咗二十年煙，想照吓個肺", ("RESP", "PREV"), 50),
            (
                "my mum died of lung cancer and I smoked for 20 years, can someone look at my lungs",
                ("RESP", "PREV"),
                48,
            ),
        ],
    }
)
LOOK_ALIKES += [
    # A slipped back alone; a numb foot alone; a leg pain with no back.
    ("腰疼，弯腰起不来", ("ORTHO",), 40),
    ("脚发麻，晚上更明显", ("NEURO",), 50),
    # A headache after a blow to the head with nothing alarming stays a head's complaint.
    ("头疼两天，有点鼻塞流涕", ("NEURO", "ENT", "GP", "RESP"), 30),
    # A trigger finger that catches in the morning; a stiff neck on waking; gout.
    ("早上起来右手中指卡住伸不直，要用另一只手扳", ("ORTHO",), 55),
    ("早上起来脖子僵硬转不动，应该是落枕了", ("ORTHO",), 35),
    ("痛风又犯了，大脚趾关节肿得厉害", ("RHEUM", "ORTHO"), 50),
    # A pregnancy not wanted; no children, a low mood.
    ("结婚了但暂时不想要孩子，想咨询避孕", ("GYN",), 28),
    ("结婚三年，暂时没怀孕的打算，最近胃痛", ("GI",), 30),
    # Childless at fifty with hot flushes: the change, gynaecology's.
    ("结婚二十年没有孩子，最近潮热出汗，月经乱了", ("GYN",), 50),
    # A teenager's low mood stays psychiatry's.
    ("女儿十五岁，最近老是哭，什么都不想做", ("PSY",), 15),
    # A rash on an adult's hands only; a child's rash with fever goes to the fever rule's.
    ("手上起了好多小红疹，很痒", ("DERM",), 30),
    # Palpitations named by the heart's reading stay the heart's.
    ("心跳老是漏一拍，做过心电图说是早搏", ("CARD",), 60),
    # A blood-sugar figure is no fever (one of 30 mmol/L or more is a red flag of its own: the
    # vital signs' tests).
    ("血糖18.2，口干多尿", ("ENDO",), 50),
    # An adult's earache stays ENT's; wax in a child's ear too.
    ("耳朵疼两天了", ("ENT",), 35),
    ("孩子耳朵里塞了颗珠子", ("ENT",), 4),
    # A report asked for because of an illness told: a copy asked is the office's, a report alone
    # with a symptom stays the clinic's.
    ("brought a copy of my scan, my knee still hurts", ("ORTHO",), 45),
    # A smoker's cough of their own, no check asked: the chest clinic.
    ("抽了二十年烟，最近咳嗽老不好", ("RESP",), 50),
]
STILL_EMERGENCIES += [
    ("腰疼，顺着腿往下窜，两条腿都麻了，尿不出来", 50),
    ("突然头痛得要炸开，这辈子从来没这么痛过，吐了两次", 45),
    ("儿子三岁，手脚口都起了疹子，今天一直抽搐", 3),
    ("每次考试前心慌，这次胸口压着疼，出冷汗", 20),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
