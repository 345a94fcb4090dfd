"""The wrong desks of the one hundred and tenth to the one hundred and thirteenth hand-written files
(60 complaints each, written blind): every first-run miss that was no emergency and whose engine
answer was not ER (a wrong department, or a service point mixed up with a clinic). Their
emergencies and the misses answered ER are the emergencies teacher's.

Two desks teachers share this module: one the one hundred and tenth and eleventh files, one the
one hundred and twelfth and thirteenth; each adds its own families to the tables below.

First run (commit 38615a7), the wrong desks of the one hundred and twelfth and the one hundred and
thirteenth: 2 and 4 (6, all taught here). Taught by family, never by sentence (the tables below,
our own wordings, and look-alikes that keep their desk):
- a small something felt in a breast, the lump unnamed (摸到胸部有一颗小小的, 胸部有粒细细粒,
  "I can feel something small in my breast"), a relative's breast cancer told before it or not, is
  the breast clinic's (general surgery; a new rule), not the cancer clinic's for the relative's
  乳癌; a mole, a pimple, a red spot or a bite on the chest stays the skin's (its exceptions);
- a relative's cancer and a breast ultrasound or a mammogram asked for oneself (乳房超声波, 乳腺彩超,
  钼靶, "mammogram") is the breast clinic's (a new rule), not prevention's (the relative-cancer
  screening rule, kept for a screening wished with no exam named, now yields to a breast scan
  named); one's own cancer's check-up, a relative brought for hers, or a scan's report are not;
- a bead pushed up a child's nose or into an ear said in Cantonese (鼻哥窿, 鼻窿, 鼻公, 耳仔窿,
  入) or with the little round toys of today (胶珠, 水晶珠, 海洋宝宝, 钢珠, 胶粒, "plastic bead",
  "water beads", @foreign_object) is ENT's, not paediatrics' by the age alone; 鼻哥窿, 鼻窿 join
  @organ_nose;
- a parent's stroke told as the past, the visitor's own blacking out a moment on standing (蹲下再
  起来眼前黑一下, 起身眼冒金星, "my vision goes black for a second when I stand up") is the
  visitor's own complaint: the relative-stroke screening rule of prevention yields to it (its
  exceptions), and the settled light-headedness on standing rule of general practice reads the
  eyes going black or seeing stars (its phrases) and a moment (一下, 一黑, "for a second"); a
  low blood pressure said beside it is the heart clinic's or the nerves' (its exceptions);
- diarrhoea for days with a gut infection only feared (担心是不是得了痢疾, 惊系霍乱, 会不会是伤寒,
  "worried it's cholera"; a new concept @gut_bug: 霍乱, 痢疾, 伤寒, 诺如, cholera, dysentery,
  typhoid…; 惊系, 怕系, 怀疑是 join @lay_guess) is the digestive clinic's (a new rule), not the
  infection clinic's for the disease's name; a test that found it, a vaccine, a contact or a
  fever said are not;
- a fever told as a bare reading with a verb of having or measuring ("I've had 38.9 since
  yesterday", "got 39.1 on the thermometer", 量了一下38.6, 探热38.7: `inputs._READING_REACHED`,
  a tenth needed, a unit of something else refused) and the chills ("chills", "shaking chills",
  "rigors", 打冷震, 一阵冷一阵热: the fever rule's phrases) are the fever clinic's, not a fallback;
  the chills and "temperature of" join the red flag of a fever with confusion.

First run (commit 38615a7), the wrong desks of the one hundred and tenth and the one hundred and
eleventh: 5 and 2 (7, all taught here). Taught by family, never by sentence:
- a stroke or a TIA told (as the past and recovered, or not), asking what medicine or care keeps
  another away (a new concept @recur_prevent: 防它再来, 防止复发, 再中, 惊…再, "stop another one",
  "happen again"; @stroke_named: 中风, 中咗风, 脑梗, 脑出血, "mini stroke", "tia"), is neurology's
  (the secondary-prevention rule's phrases and requires), not the heart clinic's for a blood
  pressure figure said beside it; a heart attack or a stent named stays the heart clinic's, and
  "中风过后" joins the stroke red flag's exceptions (a stroke told as over);
- a check-up for an employer, a school or a year asked where or how to register or book (new
  concepts @health_check, @register_ask: 挂号, 登记, 报名, 预约, 去哪里做, "book", "register") is
  prevention's (a new rule), not the registration desk's, imaging's for its X-ray nor the lab's for
  its blood test; a finding, a report, a fee or a complaint is not;
- a copy of one's records said in Cantonese (影返, 印返, 攞一份, "photocopy") joins @copy_request: the
  records desk's, not insurance's for the claim it is for;
- a belonging lost in learner English or Cantonese ("I lose my passport", "cannot find", "gone
  missing", 漏低咗, 弄不见) joins @lose_verb, and a passport, a travel permit, a tablet @lost_item;
  a wallet lost near the blood-test counter is no payment question;
- thirst or much urine (drink water a lot, pee a lot at night, 一直想喝水, 尿好多 join @thirst and
  @polyuria) with weight lost (a new concept @weight_down; "lose 6 kg", 瘦咗十磅) is diabetes first,
  endocrinology's (a new rule), not urology's; a urine that burns or stings, diarrhoea or a diet are
  not (exceptions here and on the thirst-with-urine rule);
- a thyroid or a breast nodule graded on a scan (a new concept @nodule_grade: TI-RADS, BI-RADS,
  4a类) or a biopsy or operation asked (@biopsy_ask: 穿刺, 活检, "fine needle") is the gland's clinic
  (endocrinology, breast surgery; two new rules), not imaging's for the B超 word;
- a check-up's report that says a blood fat is high (LDL, 低密度脂蛋白, 坏胆固醇, 三酸甘油酯,
  胆固醇超标, "statins" join the heart rule; the kidney rule no longer reads 脂蛋白's 蛋白) is the
  heart clinic's: the check-up rule yields to "report…话", "报告…偏高", "check…high".
"""

import pytest

from tests.triage.taught_batches import desk_tests
from triage.routing.inputs import temperature_in_text

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a small something felt in a breast, the lump unnamed (the breast clinic)": [
        ("我妈妈得过乳腺癌，前几天洗澡摸到乳房有一颗小小的，不痛", ("GS",), 38),
        ("阿媽以前有乳癌，我摸到胸部有粒細細粒嘅，唔痛", ("GS",), 42),
        (
            "my mum had breast cancer and I can feel something small in my left breast, it doesn't hurt",
            ("GS",),
            36,
        ),
        ("姐姐確診過乳癌，我最近摸到右邊乳房有一顆小小硬硬的", ("GS",), 33),
        ("左边乳房摸到有颗小小的东西，会动，不疼", ("GS",), 29),
    ],
    "a relative's cancer, a breast ultrasound or a mammogram asked for oneself": [
        ("我妈十年前乳腺癌做过手术，我想做个乳腺彩超", ("GS", "IMG"), 45),
        ("外婆有乳癌，我想去照個乳房超聲波", ("GS", "IMG"), 40),
        (
            "my mother had breast cancer years ago, I'd like a breast ultrasound for myself",
            ("GS", "IMG"),
            44,
        ),
        ("我姐姐得过乳腺癌，我想做个钼靶检查", ("GS", "IMG"), 48),
        ("my sister had breast cancer, can I book a mammogram", ("GS", "IMG"), 50),
    ],
    "a bead or a small toy pushed up a child's nose or into an ear, in Cantonese too (ENT)": [
        ("我个女六岁，塞咗粒水晶珠入鼻哥窿，攞唔出", ("ENT",), 6),
        ("孙子把一颗小钢珠塞进鼻孔了，拿不出来", ("ENT",), 4),
        ("my 5 year old pushed a plastic bead up her nostril", ("ENT",), 5),
        ("细路塞咗粒胶粒入耳仔窿", ("ENT",), 7),
        ("女兒把海洋寶寶塞到鼻孔裡，還沒拿出來", ("ENT",), 5),
    ],
    "a parent's stroke in the past, one's own blacking out a moment on standing": [
        ("我爸去年中风，现在恢复得不错。我自己最近一站起来眼前就黑一下", ("NEURO", "GP"), 40),
        (
            "my dad had a stroke two years ago, and when I stand up quickly my vision goes black for a second",
            ("NEURO", "GP"),
            35,
        ),
        ("老豆前年爆血管，而家冇事。我自己蹲耐咗企起身眼前黑一黑", ("NEURO", "GP"), 45),
        ("我妈有过脑梗，我自己最近起身的时候眼冒金星一下，要不要查查", ("NEURO", "GP"), 50),
    ],
    "diarrhoea for days, a gut infection only feared (the digestive clinic)": [
        ("出差这几天一直拉肚子，担心是不是得了痢疾，没发烧", ("GI",), 33),
        ("去旅行回来拉稀三天，怕是霍乱，一天拉四五次，不发烧", ("GI",), 28),
        (
            "I've had diarrhoea for four days since the trip, worried it's cholera, no fever",
            ("GI",),
            30,
        ),
        ("屙咗幾日肚，驚係霍亂，冇發燒", ("GI",), 40),
        ("拉肚子好几天了，会不会是伤寒啊，精神还行", ("GI",), 35),
    ],
    "a fever told as a bare reading, or the chills (the fever clinic)": [
        ("I've had 38.7 since this morning and the chills", ("FEVER",), 24),
        ("got 39.1 on the thermometer last night, shaking chills", ("FEVER",), 30),
        ("量了一下38.6，打冷震，全身骨头痛", ("FEVER",), 30),
        ("I have chills and aches all over, half the office is off sick", ("FEVER",), 40),
        ("昨晚开始一阵冷一阵热，全身酸痛", ("FEVER",), 35),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A screening wished with no exam named; one's own cancer's check; a relative brought for hers.
    ("我妈有乳腺癌，我想做个全面的癌症筛查", ("PREV", "GS"), 40),
    ("我自己乳腺癌术后两年，来做乳腺彩超复查", ("ONC", "GS", "IMG"), 50),
    ("我妈乳腺癌，带她来做彩超复查", ("ONC", "GS", "IMG"), 70),
    # A pimple, a mole or a red spot on the chest; a scan booked or its report; a sore breast.
    ("胸口长了一颗小小的痘痘，有点痒", ("DERM",), 20),
    ("胸前有一颗痣，最近变大了", ("DERM",), 40),
    ("胸部有一颗小小的红点，不痒", ("DERM",), 30),
    ("约个乳腺彩超", ("IMG",), 40),
    ("我喺呢度照咗乳房超聲波，幾時可以攞報告", ("IMG", "CS"), 45),
    ("乳房胀痛，来月经前更明显", ("GS", "GYN"), 30),
    # A blocked or bleeding nose with nothing pushed in.
    ("鼻塞，流鼻涕三天", ("ENT", "RESP", "GP"), 30),
    ("鼻哥窿流血，止唔到", ("ENT",), 30),
    # A relative's stroke and a check of one's vessels asked, no complaint of one's own.
    ("我爸以前得过脑梗，我想查查血管", ("PREV",), 50),
    ("我爸脑梗后遗症，来复查", ("NEURO", "REHAB"), 70),
    ("起身太快头晕，一下就好了", ("GP",), 30),
    # Blacking out on standing with a low blood pressure is the heart's or the nerves'.
    ("站起来眼前一黑，我血压一直偏低", ("CARD", "NEURO"), 30),
    # A gut infection found, a vaccine, a contact, a fever said, a question of how it spreads.
    ("我确诊了细菌性痢疾，要在哪里看", ("INFECT",), 30),
    ("下个月去东南亚，想打霍乱疫苗和伤寒疫苗", ("PREV",), 30),
    ("同事确诊痢疾，我也拉肚子了，要不要查", ("INFECT", "GI"), 30),
    ("拉肚子三天，发烧38.5度，担心是伤寒", ("FEVER",), 30),
    ("霍乱是怎么传染的", ("INFECT", "GI", "CS"), 30),
    ("乙肝携带者，担心会不会变成肝癌", ("INFECT", "GI"), 45),
    # A number that is no temperature.
    ("she had 38.5 hours of labour and now feels dizzy", ("OB", "GYN", "NEURO"), 30),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子把纽扣电池塞进鼻孔里了", 4),
    ("塞咗粒膠珠入鼻哥窿，而家唔抖到氣，嘴唇發紫", 4),
    ("我爸以前中风，我自己刚才突然一边手脚没力，说话不清", 55),
    ("一站起来眼前发黑就晕倒了，这两天大便是黑的", 60),
    ("拉肚子一天十几次，像米汤一样，眼窝凹进去，一天没有尿", 40),
    ("摸到乳房有一颗小小的，今天突然胸口剧痛喘不上气", 45),
    ("I have chills and now I'm confused and can't stay awake", 40),
    ("temperature of 38.9 and now I'm confused", 40),
    ("发烧，打冷震，人迷迷糊糊", 60),
]


@pytest.mark.parametrize(
    ("said", "reading"),
    [
        # A reading with a tenth after a verb of having or measuring.
        ("I've had 38.9 since yesterday", "38.9"),
        ("got 39.1 on the thermometer", "39.1"),
        ("it's been 38.7 all morning", "38.7"),
        ("量了一下38.5", "38.5"),
        ("刚才测了38.6", "38.6"),
        ("探热38.7", "38.7"),
        # A unit of something else, a dose or a lab test, no tenth, or no verb at all.
        ("she had 38.5 hours of labour", None),
        ("had 38.5 weeks", None),
        ("had 40.5 mg", None),
        ("量了一下38.5公斤", None),
        ("剂量38.5", None),
        ("检测38.5", None),
        ("I got 38.50 in change", None),
        ("昨晚38.9", None),
    ],
)
def test_a_bare_reading_after_a_verb_of_having_or_measuring_is_a_temperature(
    said: str, reading: str | None
) -> None:
    found = temperature_in_text(said)
    assert (str(found) if found is not None else None) == reading


# The one hundred and tenth and eleventh files' families (their own desks teacher's).
DESKS.update(
    {
        "a past stroke or TIA, recovered, asking what keeps another away (neurology)": [
            (
                "我妈两年前脑梗过，现在生活能自理，想问吃什么药能预防再中风，她血压140",
                ("NEURO",),
                68,
            ),
            (
                "老公去年脑出血，恢复得差不多了，平时要注意什么防止复发，今天量血压150",
                ("NEURO",),
                58,
            ),
            ("阿爸舊年中咗風，而家行得走得，驚佢再中，平時食咩藥好", ("NEURO",), 72),
            (
                "my father had a TIA last spring and is fine now, what tablets stop another one? his BP was 145 this morning",
                ("NEURO",),
                66,
            ),
            (
                "I had a minor stroke 18 months ago, fully recovered, worried it will happen again, what medicine should I stay on",
                ("NEURO",),
                60,
            ),
            ("婆婆前年腦梗塞，現在沒有後遺症，想問要怎麼預防再發", ("NEURO",), 80),
        ],
        "a check-up for work or school, where or how to register (prevention)": [
            ("单位让我们做年度体检，抽血拍胸片那种，要去哪里挂号", ("PREV",), 35),
            ("公司叫我做入職驗身，喺邊度登記？", ("PREV",), 28),
            ("學校要新生體檢，請問在哪裡報名", ("PREV",), 19),
            (
                "my new employer needs a health check with a chest x-ray, how do I book it",
                ("PREV",),
                31,
            ),
            ("staff medical exam for my company, where do I register?", ("PREV",), 40),
        ],
        "a copy of one's records for an insurance claim, in Cantonese too (the records desk)": [
            ("我想影返份出院紙去保險公司claim", ("RECORDS",), 45),
            ("唔該，上個禮拜住院嘅病歷想印返一份交保險", ("RECORDS",), 50),
            ("I need to photocopy my hospital records to claim from my insurer", ("RECORDS",), 40),
            ("想攞一份住院記錄去賠保險，要去邊度", ("RECORDS",), 55),
        ],
        "a belonging lost, told in learner English or Cantonese (customer service)": [
            ("I think I lose my wallet in the clinic this morning, who can help?", ("CS",), 35),
            ("excuse me, I cannot find my passport, maybe I leave it on the chair", ("CS",), 40),
            ("my handbag is gone missing from the waiting area", ("CS",), 50),
            ("我頭先喺候診室漏低咗部電話", ("CS",), 30),
            ("剛剛在抽血那邊弄不見我的錢包", ("CS",), 45),
        ],
        "thirst and much urine with weight lost (endocrinology, diabetes first)": [
            (
                "always tired, lost 5 kilos, drinking lots of water and peeing at night",
                ("ENDO",),
                45,
            ),
            ("最近口渴得好厉害，一天喝好几瓶水，尿也多，还瘦了七八斤", ("ENDO",), 52),
            ("好攰，成日口渴，夜晚起身屙尿三四次，瘦咗成十磅", ("ENDO",), 48),
            ("I'm so thirsty, pee all the time, and my weight is dropping", ("ENDO",), 38),
            ("這兩個月瘦了五公斤，一直想喝水，小便次數多", ("ENDO",), 60),
        ],
        "a thyroid or breast nodule graded on a scan, a biopsy asked (the gland's clinic)": [
            ("B超报告甲状腺结节TI-RADS 4b，医生建议穿刺，挂哪个科", ("ENDO", "GS"), 42),
            ("甲狀腺有粒結節，超聲波話係4a類，使唔使做穿刺", ("ENDO", "GS"), 50),
            (
                "ultrasound says thyroid nodule TIRADS 4, is a fine needle biopsy needed",
                ("ENDO", "GS"),
                38,
            ),
            ("乳腺B超BI-RADS 4a类，要不要做活检", ("GS",), 44),
            ("my breast ultrasound came back BI-RADS 4, do I need a biopsy", ("GS",), 47),
        ],
        "a check-up's report with a blood fat high, medicine asked (the heart clinic)": [
            ("公司驗身個report寫住我LDL偏高，使唔使食藥", ("CARD", "ENDO"), 45),
            ("体检报告说我低密度脂蛋白高，要吃他汀吗", ("CARD", "ENDO"), 50),
            ("my health check showed high LDL, do I need statins", ("CARD", "ENDO"), 52),
            ("健檢報告膽固醇超標，要看哪一科", ("CARD", "ENDO"), 48),
            ("body check話我三酸甘油酯好高，想睇醫生", ("CARD", "ENDO"), 40),
        ],
    }
)
LOOK_ALIKES += [
    ("去年心梗放了支架，怎么防止再犯", ("CARD",), 60),
    ("中风后右手没力，想做康复训练", ("REHAB",), 65),
    ("血压150，要不要吃降压药", ("CARD",), 55),
    ("my mum had a stroke last year and now her leg is stiff, she wants physio", ("REHAB",), 70),
    ("第一次来，在哪里挂号", ("CS",), 30),
    ("体检报告出来了，在哪取", ("PREV", "LAB", "CS"), 40),
    ("体检发现甲状腺结节，在哪挂号", ("ENDO",), 40),
    ("体检要多少钱", ("PREV", "BILL"), 40),
    ("照X光在哪里", ("IMG",), 40),
    ("保險公司要我填表，要搵邊個", ("INSUR",), 45),
    ("I lose weight without trying and I'm always hungry", ("ENDO", "GP"), 40),
    ("I lose my voice since two days, throat sore", ("ENT", "RESP", "GP"), 30),
    ("my mum lost her hearing in one ear", ("ENT",), 70),
    ("I pee a lot and it burns, I drink lots of water", ("URO",), 30),
    ("pee a lot at night and the stream is weak", ("URO",), 70),
    ("尿急尿痛，喝很多水也没用", ("URO",), 30),
    ("想约个甲状腺B超", ("IMG",), 40),
    ("穿刺的病理报告什么时候出", ("PATH",), 40),
    ("想做个体检，查查血脂", ("PREV",), 40),
    ("我想做body check，要唔要空肚", ("PREV",), 35),
    ("尿常规报告说有蛋白", ("NEPH",), 40),
    ("员工体检", ("PREV",), 30),
    ("抽血在哪里交费", ("BILL",), 40),
    ("找不到药房在哪里", ("CS", "PHARM"), 40),
]
STILL_EMERGENCIES += [
    ("我爸去年中过风，今天早上又突然嘴歪，说话含糊", 70),
    ("he had a stroke before, now his face is drooping again and his arm is weak", 72),
    ("瘦了十斤，口渴多尿，今天突然昏迷叫不醒", 25),
    ("体检抽血的时候突然胸口剧痛，喘不上气", 50),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
