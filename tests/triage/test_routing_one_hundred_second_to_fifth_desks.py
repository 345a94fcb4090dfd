"""The wrong desks of the one hundred and second to the one hundred and fifth hand-written files
(60 complaints each, written blind): every first-run miss that was no emergency and whose engine
answer was not ER (a wrong department, or a service point mixed up with a clinic). Their
emergencies and the misses answered ER are the emergencies teacher's.

Two desks teachers share this module: one the one hundred and second and third files, one the
one hundred and fourth and fifth; each adds its own families to the tables below.

First run (commit c1f1cd6), the wrong desks of the one hundred and fourth and the one hundred and
fifth: 1 and 5 (6, all taught here). Taught by family, never by sentence (the tables below, our own
wordings, and look-alikes that keep their desk):
- a temperature's word, then a verb or two before the reading ("temp's been 38.6", "my temperature
  was 39.2", "fever has been around 38.4", "temp is still 38.9") is a reading: the fever rule's, not
  the skin clinic's for the rash beside it (inputs._READING_AFTER_WORD; an age, a count, a weight
  or the weather's words between are not; tested in test_temperature_in_text.py);
- a day on snow, at a lake or under a UV lamp without sunglasses (a new concept @glare_exposure:
  没戴墨镜, 滑雪, 雪山, "without sunglasses", "sunbed"), then eyes gritty, watering, shy of light, is
  snow blindness, the eye clinic's (a new rule; a fall on the snow stays the bones'); 俩眼, 两只眼,
  眼珠 join @part_eye, sand and streaming tears (像有沙, 眼泪哗哗, "sandy") @eye_sign, 一见光就睁不开
  @photophobia;
- a smoker asking for a low-dose CT of the chest (低剂量CT, 低劑量電腦斷層篩檢, 胸部CT筛查, "low dose
  CT") is the chest clinic's screening, not oncology's for a grandfather's lung cancer (a new rule
  whose phrases are the smoking words, so a CT asked alone stays imaging's);
- an eye scratched by a branch, a twig, a fingernail or a paper's edge (a new concept
  @scratch_agent; 刮亲, 划到, "scratched my eye") is the eye clinic's, a child's too (a new rule; a
  stab with sight lost or blood stays the red flags');
- a molar, a wisdom tooth, a back tooth cracked or chipped (molar, 臼齿, 大牙, 后槽牙 join
  @part_teeth; the chipped-tooth rule reads @part_teeth with 崩, 裂, cracked, chipped, broke), and a
  tooth that zings with cold (a new rule) is the dentist's; "something cold", "cold drinks" is no
  common cold (the cold rules' exceptions);
- panic attacks when the cardiologist found the heart well ("the cardiologist said my heart is
  fine", 心内科说心脏没问题) is anxiety, psychiatry's: the named cardiology desk is no reason then
  (its exceptions), and the anxiety rule reads the cardiologist's word and 惊恐发作, "losing my mind".

First run (commit c1f1cd6), the wrong desks of the one hundred and second and the one hundred and
third: 3 and 6 (9, all taught here). Taught by family, never by sentence:
- 病历 typed by its sound (并历, 病厉, 并例) and 住院资料 are @records_doc: a copy of the stay's
  records for an insurer is the records desk's, not admissions' for the word 住院;
- 困不着 (can't sleep, in Hunan and south-western words) is sleeplessness, 做么子都冇得劲
  @anhedonia; nerves before a class, a talk or an exam with the mind gone blank (a new concept
  @mind_blank: 脑壳一片空白, "my mind goes blank"; 讲台, 讲课, 发言, "in front of the class" join
  @stress_event) is stage fright, psychiatry's (a new rule), not the heart clinic's for 心里发慌
  (a faint, a fit or a chest pain is not);
- a stripe, a band or a cluster of blisters (a new concept @band_of), or blisters on one side, is
  shingles, the skin clinic's (a new rule that a burning pain does not cancel; hot water, oil or
  new shoes keep their desks); "waist" is an everyday word, never corrected into "wrist"
  (common_english.txt);
- a finger pricked by a fish fin or bone, a prawn's spike, a crab's claw or a thorn (new concepts
  @prick_source, @pricked), days later red, swollen, throbbing or full of pus (@infected_sign), is
  an infected wound, the surgeon's (a fish bone in the throat stays ENT's);
- welding without a mask (a new concept @arc_flash: 电焊, 烧焊, "welding"), then eyes gritty,
  watering or shut (揉了沙子, 淌眼泪 join @eye_sign) is arc eye, the eye clinic's (a new rule; a
  burn on the arm stays the burns desk's);
- a reading measured in numerals after any particle (量的三十八度二, 量了一下，三十八度五, 测了下三十九度)
  is a temperature (inputs._TEMPERATURE_IN_NUMERALS, tested below), and a throat "like a knife
  cut" (刀割似的, 刀割样 join @pain and @tearing) is a sore throat, not the surgeon's cut;
- days after a cruise or a boat trip (@boat_trip) the ground still rocking, as if still on the
  boat (@rocking: 地郁嚟郁去, 仲喺船度, "floor still rocking") is a balance complaint, ENT's (a
  new rule);
- a relative's breast cancer and a check of one's own asked in learner English ("I want check my
  breast too"; bare mum, mother, dad, father, sister join @relative) is prevention's;
- a paper for a travel insurer, "diagnosis in English with stamp", 英文诊断书, 盖章的诊断证明
  (@certificate) is the records desk's, not the insurance office's.
"""

from decimal import Decimal

import pytest

from tests.triage.taught_batches import desk_tests
from triage.routing.inputs import temperature_in_text

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a temperature's word, then a verb before the reading (the fever rule's)": [
        (
            "temp's been 38.7 since Tuesday, back from Vietnam, aching with a blotchy rash",
            ("FEVER", "INFECT"),
            31,
        ),
        (
            "my temperature was 39.3 at bedtime, itchy spots on my chest too",
            ("FEVER", "INFECT"),
            26,
        ),
        (
            "his fever has been around 38.5 for two days, a few red spots on his back",
            ("FEVER", "INFECT"),
            40,
        ),
        (
            "temp is still 38.8 after the paracetamol, and my skin has come up in a rash",
            ("FEVER", "INFECT"),
            35,
        ),
    ],
    "eyes gritty, watering, shy of light after snow or glare without sunglasses (snow blindness)": [
        ("前天在雪山上玩了一整天没戴墨镜，今天两只眼睛刺痛流泪，一见光就睁不开", ("OPH",), 31),
        ("滑雪回來，兩隻眼好痛，好似有沙咁，眼水流個不停", ("OPH",), 28),
        (
            "spent the day skiing without sunglasses, now both eyes feel sandy and keep watering",
            ("OPH",),
            35,
        ),
        (
            "fell asleep on a sunbed without goggles and my eyes are gritty and streaming",
            ("OPH",),
            40,
        ),
        ("湖边钓了一天鱼没戴太阳镜，俩眼像进了沙，眼泪哗哗的", ("OPH",), 52),
    ],
    "a smoker asking for a low-dose CT of the chest (lung cancer screening)": [
        ("我阿爸食咗四十年煙，佢叫我都去照個低劑量CT，我自己都食煙十年", ("RESP", "PREV"), 26),
        ("我抽了二十年烟，想做个低剂量螺旋CT筛查一下", ("RESP", "PREV"), 50),
        ("smoker for 25 years, can I get a low dose CT to screen my lungs?", ("RESP", "PREV"), 45),
        ("外公肺癌去世，我吸菸十五年，想做低劑量電腦斷層", ("RESP", "PREV"), 41),
    ],
    "an eye scratched by a branch, a nail or a paper's edge (a child's too)": [
        ("女儿被树枝划到了左眼，一直流眼泪，说有点疼，看东西还清楚", ("OPH",), 7),
        ("弟弟用指甲刮到我儿子的眼睛，眼睛红，一直眨眼", ("OPH",), 5),
        (
            "my baby scratched my eye with her fingernail, it's watering and feels like something is in it",
            ("OPH",),
            30,
        ),
        ("個女俾紙邊劃親隻眼，有啲痛，流眼水", ("OPH",), 12),
    ],
    "a molar or a back tooth cracked, or a tooth that zings with cold: the dentist": [
        (
            "Cracked a molar on a hard nut, part of it broke off and it hurts when I drink something cold",
            ("DENT",),
            27,
        ),
        ("后槽牙咬到骨头裂了一块，喝凉水就酸痛", ("DENT",), 40),
        ("食牛肉乾咬崩咗隻大牙，飲凍嘢就痹", ("DENT",), 33),
        ("my front teeth are really sensitive to cold drinks lately", ("DENT",), 50),
        ("my wisdom tooth chipped eating popcorn", ("DENT",), 44),
        ("a back tooth zings whenever I eat ice cream", ("DENT",), 30),
        ("喝冷水的时候右边牙齿酸得厉害", ("DENT",), 40),
    ],
    "panic attacks with the heart found well by the cardiologist (anxiety)": [
        (
            "I get panic attacks where my heart races, the cardiologist checked me and my heart is normal",
            ("PSY",),
            29,
        ),
        (
            "心内科医生说我心脏没问题，可是我还是经常惊恐发作，心跳得厉害，觉得自己要死了",
            ("PSY",),
            30,
        ),
        ("心臟科話我個心冇問題，但係成日突然好驚，心跳好快，手震", ("PSY",), 45),
        (
            "keep having panic attacks, feel like I'm losing my mind, heart doctor said my heart is fine",
            ("PSY",),
            38,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A normal reading and a jab; a rash with no fever.
    ("temp was 36.8 this morning, I feel fine, just here for my flu jab", ("PREV",), 33),
    ("faint rash on my arms after the beach, a bit itchy", ("DERM",), 25),
    # A fall or a twist on the snow is the bones'.
    ("在雪地里滑了一跤，手腕肿了，一动就疼", ("ORTHO",), 40),
    ("skiing yesterday, twisted my knee, it's swollen", ("ORTHO",), 30),
    # Light that hurts with a throbbing head, sunglasses or not, is the headache's.
    ("戴了墨镜还是头痛，一跳一跳的，怕光想吐", ("NEURO",), 45),
    # Quitting smoking; a CT asked alone; a father's chemo.
    ("I want to quit smoking, can someone help", ("RESP",), 50),
    ("医生让我做个胸部CT，在哪里做", ("IMG",), 60),
    ("我爸肺癌，带他来化疗", ("ONC",), 65),
    # A common cold is still a cold, caught in cold water too.
    ("caught a cold, runny nose and sore throat", ("ENT", "RESP", "GP"), 30),
    ("went swimming in cold water at the weekend and now I have a cold", ("RESP", "GP"), 30),
    # The cardiologist's blood pressure or follow-up stays the heart clinic's.
    ("the cardiologist said my blood pressure is too high and wants a follow-up", ("CARD",), 55),
    ("心内科让我来复查心脏彩超", ("CARD",), 60),
    ("I saw the cardiologist last year for AF, want a follow-up", ("CARD",), 60),
    # A corn by a toenail is the skin clinic's, no eye scratched.
    ("脚指甲旁边长了个鸡眼，走路疼", ("DERM",), 40),
    # Dry eyes from a screen; eyes that water in the wind.
    ("看电脑久了眼睛干涩", ("OPH",), 28),
    ("my eyes water when it's windy", ("OPH",), 40),
]
LOOK_ALIKES_AGED: list = []
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("滑雪摔倒撞到头，吐了两次，一直想睡", 8),
    ("化学品溅进眼睛，现在看不见了", 35),
    ("孩子被树枝戳到眼睛，眼里流血，看不见了", 9),
    (
        "cardiologist said my heart was fine last year but now there's a crushing pain in my chest going down my arm and I'm sweating",
        50,
    ),
    ("temp's been 39.5 since morning, stiff neck and purple spots that don't fade", 20),
]


# The one hundred and second and third files' families (their own desks teacher's).
DESKS.update(
    {
        "a copy of the stay's records for an insurer, 病历 typed by its sound": [
            ("去年在这做的胆囊手术，保险理赔要并历复印件，去哪里办", ("RECORDS",), 50),
            ("我想影印一份住院的资料，保险公司要用", ("RECORDS",), 38),
            ("老伴前年住院的病厉能复印吗？商业保险要", ("RECORDS",), 62),
            ("出院半年了，想打印住院病例给保险公司", ("RECORDS",), 45),
        ],
        "can't sleep said as 困不着, nothing has any pull (做么子都冇得劲)": [
            ("晚上老是困不着觉，白天没精神", ("PSY", "NEURO"), 35),
            ("最近做么子都冇得劲，困不着，心里烦", ("PSY",), 42),
        ],
        "nerves before a class, a talk or an exam, the mind gone blank (stage fright)": [
            ("一上讲台讲课就心慌，脑子一片空白，话都说不出", ("PSY",), 29),
            ("每次开会发言，脑袋一片空白，手发抖", ("PSY",), 24),
            (
                "my mind goes blank every time I have to speak in front of the class, my heart races",
                ("PSY",),
                31,
            ),
            ("一到考试脑子就一片空白，明明都复习了", ("PSY",), 19),
        ],
        "a stripe or a band of blisters on one side with a burning pain (shingles)": [
            ("右边肋骨那里火辣辣地疼了几天，今天冒出一串小水泡", ("DERM", "PAIN"), 66),
            ("腰上起了一条带状的水泡，只有左边，疼得睡不着", ("DERM", "PAIN"), 58),
            (
                "a band of blisters has come up around my left side, it burns and stings",
                ("DERM", "PAIN"),
                70,
            ),
            (
                "burning pain on my left side of my chest wall, now a line of small blisters",
                ("DERM", "PAIN"),
                61,
            ),
            (
                "right side of my waist hurts and there's a cluster of blisters",
                ("DERM", "PAIN"),
                55,
            ),
        ],
        "a prick by a fish fin, a prawn's spike, a crab or a thorn gone red and swollen": [
            ("剥虾的时候被虾枪扎了手指，两天了肿得发亮，一跳一跳地疼", ("GS", "DERM"), 52),
            ("杀鱼被鱼骨扎到手掌，第二天红肿起来了", ("GS", "DERM"), 60),
            ("劏魚俾魚鰭拮親手指，而家腫咗好痛", ("GS", "DERM"), 38),
            (
                "pricked my thumb on a fish fin while gutting it, now it's red, swollen and throbbing",
                ("GS", "DERM"),
                41,
            ),
            ("a crab claw caught my finger two days ago and now there's pus", ("GS", "DERM"), 33),
        ],
        "eyes gritty and watering after welding without a mask (arc eye)": [
            ("烧焊没戴面罩，晚上两只眼睛疼得流眼泪，睁不开", ("OPH",), 35),
            ("下午搞电焊，现在眼睛像进了沙子一样，一直流泪", ("OPH",), 42),
            (
                "did some welding without a mask yesterday, now both eyes are gritty and watering",
                ("OPH",),
                30,
            ),
            ("焊完嘢對眼好痛，眼水流唔停", ("OPH",), 48),
        ],
        "a reading measured in numerals with a particle (量的, 量了一下), a throat like a knife cut": [
            ("喉咙痛得像刀割似的，全身没劲，量的三十八度五", ("FEVER",), 30),
            ("头疼浑身痛，刚才测了一下三十九度", ("FEVER",), 24),
            ("嗓子刀割一样疼，咽口水都疼", ("ENT",), 27),
        ],
        "the ground still rocking days after a cruise or a boat trip": [
            ("坐了一个礼拜游轮，下船三天了还是觉得地在晃", ("ENT", "NEURO"), 58),
            ("出海钓鱼回来，躺在床上都感觉摇来摇去，像还在船上", ("ENT", "NEURO"), 45),
            (
                "got off a cruise four days ago and the floor still feels like it's rocking",
                ("ENT", "NEURO"),
                63,
            ),
            ("搭完船返嚟，成日覺得自己摇嚟摇去", ("ENT", "NEURO"), 52),
        ],
        "a relative's breast cancer, a check of one's own asked in learner English": [
            (
                "My sister had breast cancer last year. I want check my breast too",
                ("PREV", "GS"),
                38,
            ),
            ("mum had breast cancer, can you check me too?", ("PREV", "GS"), 44),
            ("我妈得过乳腺癌，现在好了，我也想查一下乳房", ("PREV", "GS"), 42),
        ],
        "a paper for an insurer: a diagnosis in English, stamped (the records desk)": [
            (
                "Where can I get paper for travel insurance, the company wants diagnosis in English with a stamp",
                ("RECORDS", "CS"),
                34,
            ),
            (
                "insurance company need the diagnosis paper from doctor, I saw doctor here last week",
                ("RECORDS", "CS"),
                40,
            ),
            ("旅游保险要英文诊断书，上周在这里看的急诊", ("RECORDS", "CS"), 45),
            ("保险公司要盖章的诊断证明，去哪里盖", ("RECORDS", "CS"), 50),
        ],
    }
)
LOOK_ALIKES += [
    # Admissions asked for itself; a lost record book.
    ("明天住院，要办什么手续", ("ADMIT",), 40),
    ("我的病历本丢了，可以补一本吗", ("RECORDS", "CS"), 40),
    # A chest pain at a meeting; a racing heart with no audience; a voice worn by teaching.
    ("心里发慌，胸闷，心跳不齐", ("CARD",), 60),
    ("讲课讲多了嗓子哑了", ("ENT",), 30),
    # Blisters from boiling water or new shoes; a waist to lose.
    ("煮饭时开水溅到手背，起了一串水泡", ("BURN",), 40),
    ("新鞋磨脚，脚后跟起了个水泡", ("DERM", "ORTHO", "GS"), 35),
    ("my waist is getting bigger, I want to lose weight", ("NUTR", "ENDO", "PREV", "GP"), 30),
    # A fish bone in the throat; a finger caught in a door; a splinter alone.
    ("吃鱼被鱼刺卡在喉咙了", ("ENT",), 50),
    ("手指被门夹了，肿了", ("ORTHO", "GS"), 40),
    ("手上有根木刺挑不出来", ("GS",), 28),
    ("切菜切到手指，划了个口子", ("GS",), 40),
    # A burn while welding; sand in the eye with no welding.
    ("电焊的时候烫到手臂，起了个泡", ("BURN",), 40),
    ("眼睛进了沙子，一直流泪", ("OPH",), 30),
    # Seasickness asked about before a trip.
    ("坐船会晕船吗，要吃什么药", ("ENT", "GP", "PHARM"), 40),
    # A mother's own chemo; a lump of one's own.
    ("My mother has breast cancer, where is her chemo?", ("ONC",), 60),
    ("I found a lump in my breast, my mother had breast cancer", ("GS", "ONC"), 45),
    ("I'm a mother of two and my breast is sore while feeding", ("GS", "OB", "GYN"), 30),
    # The insurance office's own questions.
    ("how do I claim on my health insurance here?", ("INSUR",), 40),
    ("医保卡怎么用", ("INSUR",), 40),
]
STILL_EMERGENCIES += [
    ("右边腰上一串水泡，今天突然胸口压着疼，出冷汗", 66),
    ("杀鱼被鱼鳍扎了手，红肿，现在发高烧，人迷迷糊糊叫不醒", 52),
    ("电焊的时候铁片飞进眼睛，现在看不见了", 35),
    ("下船后觉得地在晃，今天突然一边手脚没力，说话不清", 63),
    ("上台讲课的时候突然晕倒，抽搐了一分钟", 29),
    ("家里量的三十九度五，脖子硬，身上出紫斑", 20),
]


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # Measured, then a particle or 一下 before the numerals.
        ("家里量的三十八度二", Decimal("38.2")),
        ("量了一下，三十八度五", Decimal("38.5")),
        ("测了下三十九度", Decimal("39.0")),
        # Not a reading: the weather, a blood pressure.
        ("今天三十八度，好热", None),
        ("量了血压一百四", None),
    ],
)
def test_a_reading_measured_with_a_particle(said: str, read: Decimal | None) -> None:
    assert temperature_in_text(said) == read


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)
