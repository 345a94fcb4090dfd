"""The wrong desks of the seventieth to the seventy-third hand-written files (60 complaints each,
written blind): every first-run miss that was no emergency and whose engine answer was not ER (a
wrong department, or a service point mixed up with a clinic). Their emergencies and false alarms
are the emergencies teacher's.

First run (on commit bb95aba, after the sixty-sixth to sixty-ninth were taught), the wrong desks of
each file: seventieth 5 (a toddler's arm after a fall, a back that will not straighten with a
guessed 肾虚, a knee seen after a heart history, blood in the urine said as 尿里带血, a cough told
beside hearsay of a heart attack), seventy-first 2, seventy-second 5, seventy-third 6 (18 of the 40
first-run misses; 16 taught here as data, 2 by the emergencies teacher's engine steps below).
Files at first run: 50, 51, 48, 50 of 60; with this part's 16: 53, 53, 53, 56 (the rest were
emergencies or answered ER); with the emergencies teacher's part: 60, 60, 60, 60, every emergency,
no false one. 8,496 case-file complaints compared before and after both parts: 44 better, none
worse. CPU per suggestion with this part's nine new rules and the lost-belonging exceptions:
within noise (2,610 complaints, interleaved, best of five: 0.409 s against 0.418 s without them).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk): blood in the urine said as 尿里带血 or the colour of meat-washing water (洗肉水); blood
in the stool said as 大便有血; 身心科 (Taiwan's name for the mental health clinic) named; pain under
the ribs on the right after fried or fatty food (the gallbladder, not the chest wall's "ribs"); a
child's vaccines named (MMR, 麻腮风, 百白破); a belonging lost where a clinic is named (the clinic
is only the place: every "the department named" rule but customer service's is silenced by a lost
belonging); a young child who will not use an arm after a fall or a pull; a back that cannot be
straightened (not when pain "doubles one up", nor with the belly, stones or urine named); bird flu
or sick poultry; a swollen knee (not legs swollen up to the knee, nor gout or morning stiffness);
worry that does not let go with a racing heart or poor sleep; an old person who leaves the stove
on or keeps going back to old times; an old person on water tablets, dizzy or up at night; a
newborn's navel red or smelly (and 肚脐眼 is no eye); a report lost, a new copy asked for;
nightmares and sleep said as 睡觉不好.

Taught with engine steps (the other teacher's; described here as this part needed them):
- f70-039 (a father's heart attack and stent years ago, followed up now, "this time it is to see
  the knee"): today's visit read from "这次是要看" as from "这次是来看", so the story's care stays
  with the heart and today's knee wins.
- f70-043 (hearsay from the television that chest pain may be a heart attack, then only a cough and
  a chest said not to hurt at all): hearsay said as "看电视说X可能是Y", and a denial in the gap of a
  department's `*` phrase that a red flag shares.
"""

from tests.triage.routing_helpers import top_of
from tests.triage.taught_batches import desk_tests
from triage.routing.engine import Engine

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "blood in the urine said as 尿里带血 or 洗肉水": [
        ("小便里带血，不痛不痒", ("URO",)),
        ("尿的颜色像洗肉水一样", ("URO",)),
        ("尿裡帶血兩天了", ("URO",)),
    ],
    "blood in the stool said as 大便有血": [
        ("这两天大便有血，不怎么痛", ("GI", "GS")),
        ("大便有血，顏色鮮紅", ("GI", "GS")),
    ],
    "身心科 named": [
        ("想掛身心科，最近常常心悸", ("PSY",)),
        ("焦虑好几个月了，想挂身心医学科", ("PSY",)),
    ],
    "pain under the ribs on the right after fatty food": [
        ("It hurts under my ribs on the right after greasy food", ("GS", "GI")),
        ("Pain under the ribs on the right side whenever I eat fatty meals", ("GS", "GI")),
    ],
    "a child's vaccines named": [
        ("宝宝一岁半了，麻腮风什么时候打", ("CHILD", "PREV"), 1),
        ("Is the MMR given here? She turned one last week", ("CHILD", "PREV"), 1),
        ("女儿百白破第三针还没打", ("CHILD", "PREV"), 1),
    ],
    "a belonging lost where a clinic is named": [
        ("我在儿科候诊区丢了钱包", ("CS",)),
        ("Lost my wallet in the cardiology waiting room", ("CS",)),
        ("刚才在眼科门口把手机弄丢了", ("CS",)),
    ],
    "a young child who will not use an arm after a fall or a pull": [
        ("My daughter fell off the slide and won't move her arm", ("ORTHO", "PEDSURG"), 3),
        ("孩子被大人拉了一下，之后手不肯动", ("ORTHO", "PEDSURG"), 2),
        ("小朋友跌倒后胳膊不敢动，一碰就哭", ("ORTHO", "PEDSURG"), 4),
    ],
    "a back that cannot be straightened": [
        ("搬东西闪了一下，直不起腰", ("ORTHO", "REHAB")),
        ("早上起来腰伸不直，是不是肾虚", ("ORTHO", "REHAB")),
        ("Bent over to lift a box and now I can't straighten up", ("ORTHO", "REHAB")),
    ],
    "bird flu or sick poultry": [
        ("看新闻说有禽流感，我上周杀过活鸡，要不要查", ("INFECT", "GP")),
        ("Worried about bird flu, I handled dead chickens on the farm", ("INFECT", "GP")),
        ("家里的鸡病死了几只，我摸过，会不会得禽流感", ("INFECT", "GP")),
    ],
    "a swollen knee": [
        ("跑完步膝盖肿了，没有摔过", ("ORTHO",)),
        ("My knee is swollen after squats, I didn't bang it", ("ORTHO",)),
        ("打完波膝頭腫咗", ("ORTHO",)),
    ],
    "worry with a racing heart or poor sleep": [
        ("考试前总是担心，晚上睡不着，心慌", ("PSY",)),
        ("I always worry about everything, my heart races and I shake", ("PSY",)),
        ("成日担心考试，瞓唔着", ("PSY",)),
    ],
    "an old person who leaves the stove on or keeps going back to old times": [
        ("奶奶八十五了，老是忘记关火", ("GERI",), 85),
        ("Dad is 88, keeps leaving the stove on and talks about the old days", ("GERI",), 88),
        ("阿爷九十岁，总说以前的事", ("GERI",), 90),
        ("阿嫲八十八歲，煮完飯又唔記得閂火", ("GERI",), 88),
        ("阿嫲成日讲返好耐之前嘅事", ("GERI",), 86),
    ],
    "an old person on water tablets, dizzy or up at night": [
        ("外婆八十岁，吃利尿剂，老是头晕", ("GERI",), 80),
        ("Gran is 84, on water tablets, up at night to wee and dizzy in the day", ("GERI",), 84),
    ],
    "a newborn's navel red or smelly": [
        ("宝宝肚脐发红，有点臭", ("PED", "PEDSURG"), 0),
        ("新生兒臍帶那裡紅紅的", ("PED", "PEDSURG"), 0),
    ],
    "a report lost, a new copy asked for": [
        ("去年的核磁报告丢了，能补一份吗", ("RECORDS",)),
        ("I lost my CT report, can I get a replacement?", ("RECORDS",)),
        ("驗血報告唔見咗，想補返", ("RECORDS",)),
    ],
    "nightmares and sleep said as 睡觉不好": [
        ("最近老做噩梦，睡得不好", ("PSY",)),
        ("I keep having nightmares and wake up scared", ("PSY",)),
        ("成日發惡夢，瞓得唔好", ("PSY",)),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    ("肚子痛得直不起腰", ("GI", "GS")),
    ("腰痛得直不起来，尿是红的", ("URO",)),
    ("想调理一下肾虚", ("TCM",)),
    ("全家人肚脐周围起了小红点，晚上很痒", ("DERM",)),
    ("眼睛红红的，一直流眼泪", ("OPH",)),
    ("想挂眼科，手机看久了眼睛干", ("OPH",)),
    ("I lost my voice three days ago", ("ENT",)),
    ("我总是担心血压高，今天量了160", ("CARD",)),
    ("膝盖肿痛，早上起来僵硬一个多小时", ("RHEUM",)),
    ("打流感疫苗", ("PREV",)),
    ("来取CT报告", ("IMG",)),
    ("I bruised my ribs on the right side playing rugby", ("THOR", "ORTHO")),
]
LOOK_ALIKES_AGED = [
    ("我忘记关火，锅烧糊了，手被烫起泡", ("BURN", "DERM", "GS"), 35),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("大便有血，头晕眼花站不稳", None),
    ("孩子从楼梯摔下来，手不肯动，叫不醒", 3),
    ("接触过病死鸡，现在高烧，喘不上气", None),
    ("I always worry, but now it's crushing chest pain and I'm sweating", None),
    ("爷爷九十岁，突然半边手脚没力，说话不清楚", 90),
    ("外婆吃利尿剂，今天晕倒了叫不醒", 80),
]


TestDesks = desk_tests(DESKS, [*LOOK_ALIKES, *LOOK_ALIKES_AGED], STILL_EMERGENCIES)


def test_a_lost_belonging_does_not_silence_a_clinic_asked_for(shipped_engine: Engine) -> None:
    # Only a lost belonging silences the clinic named as the place; a clinic asked for keeps it.
    assert top_of(shipped_engine, ("想挂眼科，眼睛又红又痒",))[0] == "OPH"
    assert (
        top_of(shipped_engine, ("I'd like to see cardiology about my palpitations",))[0] == "CARD"
    )
