"""The wrong desks of the one hundred and sixth to the one hundred and ninth hand-written files
(60 complaints each, written blind): every first-run miss that was no emergency and whose engine
answer was not ER (a wrong department, or a service point mixed up with a clinic). Their
emergencies and the misses answered ER are the emergencies teacher's.

Two desks teachers share this module: one the one hundred and sixth and seventh files, one the
one hundred and eighth and ninth; each adds its own families to the tables below.

First run (commit 6ac872b), the wrong desks of the one hundred and eighth and the one hundred and
ninth: 1 and 3 (4, all taught here). Taught by family, never by sentence (the tables below, our own
wordings, and look-alikes that keep their desk):
- a fever's words told only in a clause of the past, the complaint then turning to today ("had
  dengue fever last year, now I am fine", "上个月发烧过，现在好了"), no longer send the visitor to
  the fever clinic (`Engine._fire`: the fever rule's words read for their time as a department's
  are, when `Story.may_tell_before`); a fever said now ("今天又烧起来", "now it's back") still does.
  `Story.may_tell_before` reads a clause that begins with "now" ("now fine, need a medical") and a
  story said over ("all better now", "recovered", "already finish", 早就好了, 痊愈: `context._OVER`)
  as today;
- a check-up or a medical a visa, a work permit, an agency or a new employer asks for (a new
  concept @work_papers: 工签, 工作准证, 中介, 入职, "work permit", "employer", "fomema") is
  prevention's (a new rule; a certificate, a sick note, a report or insurance is not);
- a numbered dose of a vaccine missed, late or due (new concepts @vaccine_dose: 第三针, 第二剂,
  最后一针, "third shot", "2nd dose", "next jab"; @vaccine_target: 乙肝, hpv, 带状疱疹, "hep b",
  "shingles"…) is the vaccination clinic's, not the infection clinic's for 乙肝 (a new rule; a
  medicine's dose, an antibiotic, a drip or stitches are not); "hepatitis B shot", "shot is due"
  are no gunshot (the major-trauma red flag's exceptions);
- "emo" (好emo, emo到不行, "feeling emo"), 丧丧的, 心态崩了, 破防了, 心好累, "in a funk", "feeling
  blue" join @low_spirits: a low mood with nights awake to three or four is psychiatry's, not the
  heart clinic's for 心慌;
- urine gone pink, red or like cola said with the urine's word (a new concept @urine_tint:
  粉红色, 淡红, 洗肉水, "pinkish", "reddish", "cola coloured") is urology's (a new rule; stool, a
  period, an eye, beetroot or a medicine are not); a pain of the side or the loin that comes in
  waves (new concepts @in_waves: 一阵一阵, 绞痛, "comes in waves", "colicky"; @flank: 侧腰, 腰眼,
  "flank", "loin", "side") with the urine's word or running to the groin is renal colic, urology's
  (a new rule), not the bones' for "lower back".

First run (commit 6ac872b), the wrong desks of the one hundred and sixth and the one hundred and
seventh: 4 and 1 (5, all taught here). Taught by family, never by sentence:
- insured in another city or province (a new concept @insured_elsewhere: 外地医保, 外省医保, 老家的
  新农合, 异地参保, "from another province", "insurance back home") asking whether a stay is claimed
  back home and who stamps the forms (a new concept @reimburse_ask: 能报不, 回去报销, 盖章, 开证明,
  结算, "claim", "stamp", "form") is the insurance office's (a new rule), not the records desk's for
  盖章 and 证明 nor admissions' for 住院; a copy of the records asked stays the records desk's, and
  "外地医保" alone is the insurance rule's (its compound words join it);
- ears, fingers, toes, nose or cheeks frozen (new concepts @cold_part, @frostbitten: 冻了, 冻坏,
  冻亲, "frostbite") with blisters, swelling, itching or pain by the fire is a cold injury, the burns
  desk's (a new rule), not ENT's for 耳朵; chilblains (冻疮) stay the skin clinic's; 刺挠, 刺痒 join
  @itch and the itching rule. (Left: 冻伤 with 起水泡 or 冻坏 with 发紫 is still the hypothermia red
  flag's, by its own words, so these wordings avoid them);
- lips and fingertips cracking in dry air or under the heating: 龟裂, 裂了, 一直裂, "splitting" join
  @chapped, and 天气太干, 空气干, 暖气, "the air here is so dry", "central heating" join @cold_dry
  (the chapped-skin rule reads 天气…干 too; a tooth cracked is not);
- a child's cold, the nose blocked or running for days, snoring at night (a new rule of ENT with
  paediatrics for a child) is paediatrics', not ENT's for 打呼; tonsils, adenoids, an operation or
  pauses in breathing keep ENT's reading;
- an ear sore, itchy or blocked after swimming, the pool or the sea (a new concept @water_sport:
  游泳, 泳池, 玩水, 游水, "pool", "surfing") is swimmer's ear, ENT's (a new rule), not the skin
  clinic's for "itchy"; an ear that hurts when the lobe is tugged or the flap pressed (拉耳朵就痛,
  "pulling on my earlobe hurts") is ENT's (a new rule); 耳垂, 耳珠, "earlobe" join @organ_ear.
"""

import pytest

from tests.triage.taught_batches import desk_tests
from triage.routing import context
from triage.routing.engine import Engine
from triage.routing.text import normalise

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a fever's illness told as the past and over, now a medical for work or a visa": [
        (
            "I had typhoid fever two years ago, all better now, the agency needs a medical for my work visa",
            ("PREV",),
            29,
        ),
        ("去年得过登革热，早就好了，现在中介叫我来做工签体检", ("PREV",), 34),
        ("前年得過傷寒，已經好返晒，而家新工作要驗身", ("PREV",), 41),
        (
            "Had dengue fever last year but recovered, now my employer wants a health check before I start",
            ("PREV",),
            26,
        ),
        ("上个月发烧住了几天院，现在好了，想做个入职体检", ("PREV",), 30),
        (
            "I had malaria and a fever back in 2022, now fine, need a medical exam for my visa",
            ("PREV",),
            38,
        ),
    ],
    "a numbered dose of a vaccine missed, late or due (the vaccination clinic)": [
        ("乙肝第三针过期了半年没打，要紧吗，要重新打吗", ("PREV",), 28),
        ("乙肝疫苗打了两针，第三针一直没去打，现在补还来得及吗", ("PREV",), 35),
        ("missed my second hep B dose, do I need to start the course again?", ("PREV",), 31),
        ("my son never had his third hepatitis B shot, is it too late now", ("PREV", "CHILD"), 9),
        ("HPV第二針拖咗三個月先打，會唔會冇效", ("PREV",), 24),
        ("I'm due for the second shingles shot, where do I get it", ("PREV",), 66),
    ],
    "a low mood said as emo, 丧, 心态崩了, with nights awake (psychiatry)": [
        ("最近整个人好emo，晚上两三点才睡着，白天没精神", ("PSY",), 27),
        ("工作压力大，天天熬到三四点才睡，心好累，整个人都丧丧的", ("PSY",), 33),
        ("feeling so emo lately, lying awake till 4am every night", ("PSY", "NEURO"), 22),
        ("這個月都好emo，成日瞓唔着，心口跳得好快", ("PSY",), 30),
        ("最近心态崩了，失眠一个多月，手一直抖", ("PSY", "NEURO"), 35),
    ],
    "urine gone pink or red, a pain of the side in waves (renal colic)": [
        (
            "my left side and lower back hurt in waves since this morning and my urine is pinkish",
            ("URO",),
            44,
        ),
        ("右边腰一阵一阵地绞痛，痛到大腿根，小便有点粉红色", ("URO",), 39),
        ("pain in my flank comes and goes in waves, it shoots down to my groin", ("URO",), 50),
        ("左邊腰一陣陣咁痛，屙尿淡紅色", ("URO",), 47),
        ("my pee looks reddish today and it stings a little", ("URO",), 35),
        ("小便颜色像洗肉水一样，右边腰有点酸", ("URO",), 55),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A fever now, dengue named or not; a fever that came back today.
    (
        "I have dengue fever, 39 degrees since yesterday and my whole body aches",
        ("FEVER", "INFECT"),
        30,
    ),
    ("last year I had dengue, now I have a fever again and a rash", ("FEVER", "INFECT"), 30),
    ("上个月发烧住院，今天又烧起来了，三十九度", ("FEVER",), 40),
    ("had a fever last week and now it's back", ("FEVER",), 30),
    # A certificate for the employer is the records desk's.
    (
        "I need a medical certificate for my employer, I was off sick for 3 days",
        ("RECORDS", "CS", "GP"),
        30,
    ),
    # Hepatitis B itself is the infection clinic's; stitches are the surgeon's.
    ("乙肝大三阳，要复查肝功能", ("INFECT",), 45),
    ("hepatitis B carrier, my liver tests are up", ("INFECT",), 45),
    ("手上缝了三针，什么时候拆线", ("GS",), 30),
    ("is the flu jab free this year", ("PREV",), 70),
    # A racing heart, a tremor with no mood said.
    ("心慌，胸闷，心跳不齐", ("CARD",), 60),
    ("手抖了半年，拿筷子都抖", ("NEURO",), 65),
    # A back that hurts on and off after lifting; period cramps; red stools; a colicky baby.
    ("lower back pain that comes and goes after lifting at work", ("ORTHO",), 40),
    ("腰痛一阵一阵的，搬东西闪到了", ("ORTHO",), 40),
    ("period cramps in waves and my lower back aches", ("GYN",), 25),
    ("stools are red and there's pain when I poo", ("GI", "GS"), 40),
    ("my baby has colic and cries every evening", ("PED", "CHILD"), 1),
    ("I pee a lot and I'm always thirsty", ("ENDO",), 50),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("he got shot in the chest, bleeding heavily", 30),
    ("he was shot in the leg, bleeding a lot", 30),
    ("右边腰一阵一阵绞痛，发高烧寒战，人迷迷糊糊", 60),
    ("emo了好久，今晚想吃一整瓶安眠药结束一切", 25),
    ("我打了乙肝第三针后突然喘不上气，嘴唇肿起来", 30),
]


@pytest.mark.parametrize(
    ("said", "tells_before"),
    [
        # A story of the past, then today: a clause that begins with "now", or the story over.
        ("had malaria back in 2022|now fine|need a medical", True),
        ("had typhoid two years ago|all better now|the agency needs a medical", True),
        ("去年得过伤寒|早就好了|中介要体检", True),
        # No past told; or no today after it.
        ("fever since yesterday|now a rash", False),
        ("had typhoid two years ago", False),
    ],
)
def test_a_story_over_or_now_first_turns_to_today(said: str, tells_before: bool) -> None:
    assert context.Story(normalise(said)).may_tell_before() is tells_before


@pytest.mark.parametrize(
    ("said", "fever"),
    [
        # Told only as the past, then today: no fever clinic.
        ("last year I got dengue fever, now I am fine, I need a health check for work", False),
        ("上个月发烧过，现在好了，想做个入职体检", False),
        # A fever said now, beside the past or alone.
        ("上个月发烧住院，今天又发烧了", True),
        ("last year I had a fever, now I have a fever again", True),
        ("fever since yesterday, now a rash too", True),
    ],
)
def test_a_fever_told_only_as_the_past_sends_no_one_to_the_fever_clinic(
    shipped_engine: Engine, said: str, fever: bool
) -> None:
    top = shipped_engine.suggest(said, age=30)[0]
    assert (top.department == "FEVER") is fever


# The one hundred and sixth and seventh files' families (their own desks teacher's).
DESKS.update(
    {
        "insured in another city or province, a stay claimed back home, who stamps the forms": [
            ("我是外省医保，在你们这住院花的钱回老家能报销吗？要找谁盖章", ("INSUR",), 55),
            ("老家的新农合，这次住院的钱回去能报不，单据要盖什么章", ("INSUR",), 62),
            ("異地醫保在這邊看門診，回去可以報嗎，要去哪裡蓋章", ("INSUR",), 45),
            (
                "My insurance is from another province, can I claim this hospital stay back home? Who stamps the form?",
                ("INSUR",),
                38,
            ),
        ],
        "ears, fingers or toes frozen, then blisters, swelling, itching (frostbite)": [
            ("在外面干活，两只耳朵冻了，今天起了水泡，又痒又疼", ("BURN", "DERM"), 45),
            ("脚趾头冻坏了，红肿，一烤火就钻心地疼", ("BURN", "DERM"), 60),
            ("耳仔凍親，起咗水泡，好痕", ("BURN", "DERM"), 35),
            (
                "got frostbite on my fingers ice fishing, now they're blistered and swollen",
                ("BURN", "DERM"),
                40,
            ),
            ("去合歡山賞雪，手指頭凍到腫起來，又癢又痛", ("BURN", "DERM"), 30),
        ],
        "lips and fingertips cracking in dry air or under the heating (chapped skin)": [
            ("北方天气太干，嘴唇老是裂，手指头也裂口子", ("DERM",), 40),
            ("開了暖氣以後手指頭龜裂，一碰水就痛", ("DERM",), 50),
            (
                "the air here is so dry, my lips keep cracking and my fingertips split and bleed",
                ("DERM",),
                33,
            ),
            ("秋冬天，脚后跟干裂出血", ("DERM",), 65),
            ("天氣好乾，嘴唇爆晒", ("DERM",), 28),
        ],
        "a child's cold, the nose blocked or running for days, snoring at night": [
            ("儿子八岁，这两天感冒了，鼻子堵，晚上睡觉打呼噜", ("PED",), 8),
            ("我個女七歲，鼻塞咗幾日，夜晚瞓覺扯鼻鼾", ("PED",), 7),
            (
                "my 9 year old has had a stuffy nose since the weekend and now snores at night, no fever",
                ("PED",),
                9,
            ),
            ("孫子六歲，流鼻水好幾天，晚上睡覺會打呼", ("PED",), 6),
        ],
        "an ear sore or itchy after the pool or the sea, or when the lobe is tugged": [
            ("游完泳以后右边耳朵痒痒的，一碰就疼", ("ENT",), 22),
            ("every time I go to the pool my ear gets itchy and sore", ("ENT",), 30),
            ("去海边玩水回来，耳朵里面痛，还有点痒", ("ENT",), 16),
            ("游水之後耳仔好痕，拉下耳珠都痛", ("ENT",), 25),
            ("pulling on my earlobe hurts and the ear feels blocked", ("ENT",), 35),
            ("孩子游泳课后说耳朵疼", ("ENT", "PED"), 7),
        ],
    }
)
LOOK_ALIKES += [
    # A copy of the records for the claim; a commercial insurer's certificate; admissions itself.
    ("外地医保，要复印一份住院病历回去报销", ("RECORDS",), 50),
    ("商业保险理赔要医院盖章的诊断书", ("RECORDS",), 40),
    ("外地来的，想办住院手续，在哪办", ("ADMIT",), 50),
    ("外地医保能用吗", ("INSUR",), 55),
    # Chilblains; a chill caught; a burn by the fire; an itchy ear with no water.
    ("手上长冻疮，又痒又肿", ("DERM",), 30),
    ("冻了一天，感冒了，流鼻涕", ("RESP", "GP", "ENT"), 30),
    ("烤火的时候手被烫起了水泡", ("BURN",), 40),
    ("耳朵痒，老想掏", ("ENT",), 30),
    # Sore corners of the mouth; dry weather with a nosebleed, dry eyes or a cracked tooth.
    ("嘴角烂了，张嘴就疼", ("DENT",), 30),
    ("天气干燥，老是流鼻血", ("ENT",), 40),
    ("冬天牙齿裂了一块", ("DENT",), 40),
    ("天气太干，眼睛干涩", ("OPH",), 40),
    # Snoring with adenoids named, an adult's cold, pauses in breathing.
    ("孩子晚上打呼噜，张着嘴睡，医生说腺样体肥大", ("ENT", "PED"), 5),
    ("感冒鼻塞，晚上打呼噜", ("ENT", "RESP", "GP"), 40),
    ("老公打呼噜很响，有时候憋气", ("ENT",), 45),
    # A rash after the pool is the skin's; a cramp while swimming.
    ("游泳后全身起红疹，很痒", ("DERM",), 25),
    ("my skin gets itchy from the chlorine in the swimming pool", ("DERM",), 30),
    ("游泳的时候腿抽筋了", ("ORTHO", "GP", "NEURO"), 30),
]
STILL_EMERGENCIES += [
    ("在雪地里冻了一夜，手指发黑，人说胡话", 70),
    ("游泳时跳水撞到池底，脖子疼，手脚麻", 20),
    ("外地医保，住院的钱能报吗？我爸刚才突然胸口压着疼，出冷汗", 60),
    ("孩子感冒鼻塞，晚上打呼，今天嘴唇发紫，喘不上气", 5),
    ("耳朵冻了起水泡，现在人迷迷糊糊叫不醒", 70),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
