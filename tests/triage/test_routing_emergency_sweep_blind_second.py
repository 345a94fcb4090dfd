"""The second blind emergency sweep (routing-emergency-sweep-blind-second.jsonl: 150 complaints
written blind, 100 emergencies in eleven families and 50 look-alikes, each with its "family"):
its missed emergencies and its false ones, every one taught here by family (a concept's forms, a
composition, a context reading), never by sentence; the tables below are our own wordings in
Simplified and Traditional Chinese (Cantonese too) and in English, with their look-alikes.

First run (the base commit): 91 of 100 emergencies, 5 of 50 false (133 of 150 at top-1); with
this module's change (migration 0115) 100 of 100, 0 of 50 (147 of 150). No case file's top
changed (compare_tops: better 0, worse 0, moved 0).

Missed emergencies:
- A sudden headache told as 'unbearable' in Sichuan speech (脑壳痛得遭不住), vomiting after: the
  rule held 受不了 and not its dialect twins (遭不住, 受不住, 扛不住).
- A head struck in a crash, the blow in one clause and a bump raised on the head in the next
  (头上起了个大包), then vomiting and muddled talk: no head injury was read. A bump raised
  (起了个包, 肿了个包, 起咗个包, a lump on his head) beside the head is one now, with vomiting,
  drowsiness or confusion; a pimple, an itch or an insect's bite are not.
- A pregnancy said by its weeks alone (我35周了) with the baby no longer moving: no pregnancy was
  read. Weeks told right after 我 / 老婆 / 太太 / 媳妇 and closed by 了 are one (周岁 is an age).
- Regular contractions at 26 weeks (一阵一阵很规律) and a little blood from below (下面还有一点血):
  neither was a danger sign of pregnancy.
- A feverish child who would not drink and passed no urine all morning (一滴水都不喝, 一上午没尿):
  no rule read them together, and 'the child 烧了' was no fever to the sepsis rule; a Cantonese
  'my son' (个仔) of one year, without strength (冇晒力) and refusing the milk (奶都唔肯饮), was no
  baby to the febrile-baby rule.
- Rebound pain (按下去一松手更疼) in a belly whose pain spread all over it, with a fever: no rule
  held rebound. It fires with the pain over the whole belly only: a rebound at the lower right
  alone stays the surgeons' (appendicitis), as the case files keep it (its first wording, with
  the belly's rigidity rule, made a held-out case worse).
- A child who sat in fresh bath water, 'from the bottom to the legs' blistered: the spread (从…
  到…, 由…到…) and 'all blistered' (全…起泡) were no wide area; and Cantonese's 起晒 (all of it)
  ended the separate-clause burn rule, whose exception held a bare 晒 for the sun's (now the
  sun's own words: 晒伤, 晒太阳, 晒到…).
- A hot-pot burner's spirit (火酒) flaring into the face and chest, said burned as 烧亲: no burn
  word.

False emergencies:
- A screen's claim of what a heart attack does (电视上说心肌梗塞会左手痛): the general claim was
  read only as 'is a sign of', 'may be'; a named illness that 'will' (会) bring a sign is one too.
- 'I read a sudden worst-ever headache can be a brain bleed … should I get screened?': 'read a'
  was no reading; it is when its clause makes a claim (can be, may mean, is a sign), so 'I was
  trying to read a book when the worst headache hit' stays now.
- A concussion of before with dizziness that comes now and then (现在偶尔还会头晕), a follow-up
  asked: 现在 made the dizziness now and revived the concussion. Now as the present period with
  how often it comes (偶尔, 有时, 间中, sometimes) is a habit, unless another word says a moment.
- A sister's ruptured waters told before a wish to be pregnant (我现在想怀孕): the wish was read as
  a pregnancy now. A pregnancy wished for or planned (想怀孕, 备孕, trying for a baby) is none.
- Suicide as what a film is about (睇咗套讲自杀嘅戏), with no thought of harm: the topic of a
  film, a book or the news is no event (a wish to die in its own words still fires).

Left (desks, not emergencies, outside this sweep's brief): a child's vaccine after a past fever
(FEVER for CHILD/PED), a mother's sertraline collected (GP for PHARM), a burn's dressing after a
stay (GS for BURN).
"""

import pytest

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-second.jsonl"

EMERGENCIES = {
    "a sudden headache 'unbearable' in Sichuan speech": [
        "我妈打牌打到一半，一下子头痛得遭不住，吐了一地",
        "老汉儿说脑壳痛得遭不住，突然就吐了，人迷迷糊糊",
        "頭突然痛到遭不住，嘔咗兩次",
    ],
    "a bump raised on the head after a blow, with vomiting or confusion": [
        "孩子被秋千撞了，额头起了个大包，回来吐了三次",
        "我爸被自行车撞倒，后脑勺肿了个包，说话颠三倒四",
        "個仔俾人撞到，頭起咗個大包，嘔咗兩次",
        "he got hit by a swing, there's a big lump on his head and he has vomited twice",
    ],
    "a pregnancy said by its weeks alone, with a danger sign": [
        "我32周了，今天一整天宝宝都没动",
        "老婆三十四周了，早上开始流了好多水",
        "我30週了，寶寶今日冇郁過",
    ],
    "regular contractions or a little blood in a pregnancy": [
        "怀孕28周，肚子一阵一阵发紧，很有规律，五分钟一次",
        "懷孕30週，肚子一陣一陣痛，好規律，下面有啲血",
        "I'm 30 weeks pregnant and having regular contractions every few minutes",
    ],
    "a feverish child who will not drink and passes no urine": [
        "孩子发烧两天，水都不喝，从早上到现在没尿",
        "宝宝高烧，一整天没小便，奶都不喝",
        "個女發燒，水都唔飲，成朝冇小便",
        "my toddler has a fever, won't drink anything and hasn't had a wee since breakfast",
    ],
    "a Cantonese 'my son/daughter' of a year or two, feverish, without strength or milk": [
        ("我個仔兩歲，發燒三十九度半，成個人冇晒力", 2),
        ("我個女一歲，燒到39度，奶都唔肯飲", 1),
        ("我个女八个月，发高烧，一点力气都没有", 0),
    ],
    "rebound pain over the whole belly": [
        "肚子疼了一天，现在整个肚子都痛，按下去松手更痛",
        "成個肚都痛，㩒落去一放手仲痛，發燒",
        "the pain has spread over my whole belly and it hurts more when you press and let go",
    ],
    "a scald told by where it spread, or all blistered in Cantonese": [
        "孩子坐进了一盆热水，从屁股到大腿都起泡了",
        "开水泼了，从胸口到肚子全起泡了",
        "小朋友跌落滾水入面，由腰到腳都起晒水泡",
        "小朋友跌落滾水桶，成個下身起晒水泡",
    ],
    "a burn said 烧亲, a hot-pot spirit flaring": [
        "老公打边炉火酒爆咗，块面烧亲，起晒泡",
        "佢俾火燒親，成塊面起晒水泡",
    ],
}

NOT_EMERGENCIES = {
    "a screen's or a page's claim of what an illness does": [
        "电视上说中风的人会嘴歪，我嘴角有点干裂",
        "网上说心梗会牙痛，我最近牙痛，要不要看心脏",
        "I read a sudden bad headache can be a sign of a stroke, my mum had one, should I be "
        "checked?",
        "I read an article saying chest pain can mean a heart attack, I have mild heartburn "
        "after meals",
    ],
    "dizziness now and then after a concussion of before": [
        "上个月脑震荡，现在有时候还会头晕，想复查",
        "I had a concussion last year and now I sometimes get dizzy, can I get a follow-up",
    ],
    "a pregnancy only wished for, a relative's waters told before": [
        "我妹上次怀孕羊水破了早产，我在备孕，要注意什么",
        "my sister's waters broke early in her pregnancy, we're trying for a baby and want advice",
    ],
    "suicide as what a film is about, no thought of harm": [
        "看了一部关于自杀的电影以后心情很低落，没有想伤害自己，想找人聊聊",
        "she watched a film about suicide and has been low since, she says she has no thoughts "
        "of harming herself",
    ],
    "a bump on the head with nothing else, a pimple's bump": [
        "孩子早上撞到桌角，额头起了个包，没吐，玩得挺好",
        "個仔撞到頭，起咗個包，冇嘔，食嘢正常",
        "头上起了个包，有点痒，好几天了",
    ],
    "weeks that are an age or a routine visit": [
        "我35周岁了，想做个全身体检",
        "我怀孕35周了，今天来产检，宝宝动得很好",
        "我30週了，想問幾時做糖耐",
    ],
    "a feverish child who drinks and passes urine, a grown son": [
        "孩子发烧38度，精神还行，水也喝，尿也有",
        "個仔發燒，飲水少咗，不過有尿",
        ("我個仔三十歲，發燒冇晒力", 30),
    ],
    "a rebound at one spot, a press that eases": [
        "右下腹疼了两天，按下去松手更疼",
        "肚子按下去松手更舒服一点",
    ],
    "an old scald's scar, a sunburn's blisters": [
        "小时候被开水烫过，从肩膀到手臂留了疤",
        "曬咗成日太陽，膊頭起晒水泡",
        "went to the beach, sunburnt, blisters all over my back",
    ],
}

STILL_EMERGENCIES = [
    "我之前脑震荡，今天又摔到头，吐了两次",
    "以前头部受过伤，现在偶尔头晕，刚才突然晕倒了，叫不醒",
    "电视上说心梗会左手痛，我爸现在胸口压着痛，一直出冷汗",
    "I read a sudden headache can be a bleed and now I have the worst headache of my life",
    "I was trying to read a book when suddenly the worst headache of my life hit me",
    "看完讲自杀的电影之后他说不想活了，遗书都写好了",
    "我姐姐之前怀孕破水早产，我现在怀孕32周，刚才流了好多水",
    "头上起了个包，一直吐，叫不太醒",
    "孩子发烧，软绵绵的，叫他没反应",
    "肚子痛得打滚，整个肚子硬邦邦的",
    "全身大面积烫伤，起了一大片水泡",
]

AT_THEIR_DESK = [
    ("上个月脑震荡，现在有时候还会头晕，想复查", ("NEURO", "NSURG")),
    ("看了一部关于自杀的电影以后心情很低落，没有想伤害自己，想找人聊聊", ("PSY",)),
    ("我妹上次怀孕羊水破了早产，我在备孕，要注意什么", ("OB", "GYN", "REPRO")),
    ("右下腹疼了两天，按下去松手更疼", ("GS", "GI")),
]

TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
TestSweep = sweep_tests(SWEEP)


# --- the context readings taught ---------------------------------------------------------------


def test_a_screens_claim_of_what_an_illness_brings_is_no_event() -> None:
    assert mention("网上说中风会口歪眼斜", "中风").condition
    assert mention("电视里说心梗会左手痛", "心梗").condition
    assert not mention("他微信上说他心梗了，在医院", "心梗").condition


@pytest.mark.parametrize(
    ("text", "word", "read"),
    [
        ("i read a sudden headache can be a brain bleed", "brain bleed", True),
        ("read an article saying chest pain may mean a heart attack", "heart attack", True),
        ("i was trying to read a book when the worst headache hit", "worst headache", False),
        ("i read a book and now the worst headache of my life", "worst headache", False),
    ],
)
def test_what_was_read_as_a_claim_is_no_event(text: str, word: str, read: bool) -> None:
    assert mention(text, word).condition is read


def test_now_with_how_often_is_a_habit() -> None:
    dizzy = mention("之前脑震荡，现在偶尔还会头晕", "头晕")
    assert dizzy.habit and not dizzy.now
    assert mention("而家间中都会晕", "晕").habit
    assert mention("现在头晕得厉害", "头晕").now
    assert mention("现在又偶尔头晕", "头晕").now  # 又: a moment
    assert mention("以前偶尔头晕，刚才晕倒了", "晕倒").now


def test_what_a_film_or_the_news_is_about_is_no_event() -> None:
    assert mention("睇咗套讲自杀嘅戏", "自杀").condition
    assert mention("看了关于自杀的新闻", "自杀").condition
    assert mention("watched a film about suicide", "suicide").condition
    assert not mention("他说想自杀", "自杀").condition
    assert not mention("讲自杀，讲了好几次", "自杀").condition
