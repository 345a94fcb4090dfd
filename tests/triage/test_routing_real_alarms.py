"""False emergencies and fallbacks of real questions, taught from the fourth real sample
(routing-real-sample-four.jsonl, 290 online-consultation questions; see
test_routing_sources_fourth.py). The third sample stays held out: it was neither read nor scored.

First run on this round's engine: top-1 248 of 290 (85.5 %), top-3 93.4 %, 12 false emergencies
(4.1 %), 11 fallbacks. After this change (with the desk teacher's work of the same round): top-1
286 (98.6 %), top-3 100 %, 1 false emergency (0.3 %), no fallback. routing-real-dev.jsonl (273 of
287, top-3 98.3 %, 4 false) and routing-real-sample-two.jsonl (201 of 207, 1 false) unchanged; the
hand-written files keep every emergency they caught (1968 of 1976) and their 12 false alarms.

The questions ask about an illness already known, a diagnosis given or an operation planned; their
red-flag words tell what the illness does, not what is happening now. Taught by family (the tables
below are our own wordings, never the sample's):
- epilepsy's attacks told as what the illness does: "复发时", "发作的时候", "犯病的时候" are a
  habit (`context._HABIT`, as 发作时 was); which medicine or treatment a condition takes ("吃什么药",
  "治疗方法", "治疗办法") asks about it as "怎么治" does (`context._HYPOTHETICAL`,
  `_TREATMENT_QUESTION`); attacks that recur ("每个月发一次", "隔三差五", "三天两头") make a bare
  刚 ("刚睡着就抽") the moment in an attack, not now (`context._RECURRING`; 刚才, 现在, 今天 still
  say now). Epilepsy's folk names (羊癫疯, 羊角风, 羊痫风, 羊羔疯, 羊癫风, 母猪疯, 白脉病 of Tibetan
  medicine) name the disease for NEURO; only said with a verb of an attack ("羊癫疯发作", "发羊角
  风", "羊羔疯又犯了", "突然羊癫疯") are they the seizure red flag (code changes in context.py);
- a faint of an earlier day (昨天, 前些天, 连续几天), then checked and named ("检查后医生说是高血压",
  "检查才发现患了癫痫", "医院说可能是…", "校医说是低血糖"), is a question about the diagnosis:
  `context.Story._checked_after` reads it as a condition (code change). "医生说赶紧送急诊" names
  nothing and a clause of today ("今天又晕倒了叫不醒") still counts. "医院说" joins @seen_by_doctor,
  and the jerking-with-signs combination honours it as 抽搐 does. A near faint ("差点晕倒", "险些
  昏倒") is no faint;
- an operation's cost or aftercare of a throat or lip tumour ("喉咙肿瘤", "嘴唇肿物") is not an
  allergy's swollen throat or lips (the allergy rules' exceptions);
- a small scald of one arm with broken skin is the burns desk: an arm alone no longer makes a scald
  "large" (both arms, the whole arm, "成只手臂", an arm with a large patch still do);
- a sip of a mild soap (@mild_soap: washing-up liquid, hand soap, shampoo, toothpaste…) is not a
  medicine or a poison taken by mistake; after a small amount only vomiting (not nausea, "想吐",
  "恶心") makes it an emergency, and "暂时没什么反应" is no unresponsiveness. Corrosives (drain
  cleaner, caustic soda, acids) join @poison and stay emergencies;
- a treatment history ("跑了很多医院都是吃药") is no overdose;
- fallbacks, each the concept a word was missing from: dry, dull or split hair (DERM), a cracked
  finger named by its finger (@finger), a belly growing bigger (GI), red streaks on the face
  (DERM), a hand injury (手外伤, ORTHO), lower-belly colic (绞痛 joins @pain, 下腹 @part_belly),
  pain under the ribs (肋骨下, @part_belly), 胃涨 written for 胃胀 (GI).

Also, a sudden turn ends a past that told only a background ("我爸以前有高血压，突然说不出话",
"以前好好的，突然倒地不起"): it had been held back as history; an episode told in the past
("去年冬天有一次，突然晕倒了") stays past (`context._PAST_BACKGROUND`, code change).

Left: rs4-0261 (a stroke operated on, told after "之前一直患"; "之前" is no story's past, as "吃饭
之前" shows, and reading it so would hold back "之前还好好的，突然倒地").
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, off_their_desk
from triage.routing.engine import Engine

# Families whose words are no emergency: (text, the disease's desks[, age]); one of the desks must
# be among the first three, and the top must not be the emergency department.
NOT_EMERGENCIES = {
    "epilepsy's attacks told as what the illness does": [
        ("我弟弟有癫痫，发作的时候口吐白沫、四肢抽，想问平时吃什么药控制", ("NEURO",)),
        ("我妈羊癫疯好多年了，每次发作都翻白眼，有什么好的治疗方法", ("NEURO",)),
        ("我先生患癲癇，復發時神志不清、口吐白沫，請問治療方法有哪些", ("NEURO",)),
        ("女儿每个月要发一次羊癫疯，刚睡着就四肢抽，吃什么药好", ("NEURO",)),
        ("孩子癫痫，隔三差五就抽一次，该怎么治疗", ("NEURO", "PED"), 6),
        ("我的孩子有癲癇，每個月要發作一次，發作時會翻白眼，請問吃什麼藥好", ("NEURO", "PED")),
        ("我老婆有羊癫疯，三天两头犯病，吃了好多药都没用", ("NEURO",)),
        ("他得了羊羔疯，平时要注意什么", ("NEURO",)),
    ],
    "a faint of an earlier day, then checked and named": [
        ("我爸前天在家晕倒了，去医院检查后医生说是高血压，平时要注意什么", ("CARD",)),
        ("妹妹昨天上课晕倒，检查才发现有贫血，吃什么补血", ("HEME",)),
        ("我老公昨天突然昏倒，檢查後醫生說是低血糖，以後要注意什麼", ("ENDO",)),
        ("表哥连续几天晕倒，医院说可能是癫痫，要做什么检查", ("NEURO",)),
        ("女儿前几天上体育课晕倒，校医说是低血糖", ("ENDO", "PED")),
    ],
    "a near faint beside a question": [
        ("前些天差点晕倒在路上，据说是血压高，算不算高血压", ("CARD",)),
        ("我媽前幾天差點暈倒，量了血壓有點高，是高血壓嗎", ("CARD",)),
    ],
    "a planned operation of a throat or lip tumour": [
        ("喉咙肿瘤手术后要注意什么", ("ONC", "ENT")),
        ("嘴唇肿物切除要多少钱", ("GS", "ONC", "PLAST")),
        ("喉咙里长了个肿物，手术费大概多少", ("ENT", "ONC")),
    ],
    "a small scald with broken skin": [
        ("宝宝手臂被热水烫了，破了点皮，怎么处理", ("BURN", "PED", "PEDSURG"), 2),
        ("孩子的胳膊被开水烫红了，起了个小泡", ("BURN", "PED", "PEDSURG"), 5),
        ("孩子手背被开水烫了一下，红了一块，破了点皮", ("BURN", "PED", "PEDSURG"), 4),
    ],
    "a sip of a mild soap, mild or no symptoms": [
        ("刚才不小心喝了一口洗手液，有点恶心，要紧吗", ("GP", "GI")),
        ("孩子舔了一口肥皂水，有点想吐", ("PED", "GP"), 3),
        ("孩子喝了一口沐浴露，暂时没什么反应，要紧吗", ("PED", "GP"), 3),
    ],
    "a treatment history is no overdose": [
        ("我爸帕金森，跑了好多家医院都是吃药，没什么效果", ("NEURO",)),
        ("我妈有癫痫，跑了好多医院都是吃药，还是经常发作", ("NEURO",)),
    ],
}
# Fallbacks taught: the desk at the top.
DESKS = {
    "dry or dull hair": [
        ("头发干枯分叉，怎么护理", ("DERM",)),
        ("頭髮很乾沒有光澤怎麼辦", ("DERM",)),
    ],
    "a cracked finger": [("大拇指裂开了，碰水就疼", ("DERM",))],
    "a belly growing bigger": [("这半年肚子越来越大，人却瘦了", ("GI", "ENDO", "ONC"))],
    "red streaks on the face": [("脸上好多血丝，一晒就红", ("DERM",))],
    "a hand injury": [("手部外伤后一直肿，要不要拍片", ("ORTHO",))],
    "epilepsy's folk and Tibetan names": [("藏医说我有白脉病，手脚发麻", ("NEURO",))],
    "lower-belly colic and pain under the ribs": [
        ("昨晚下腹一阵阵绞痛", ("GI",)),
        ("右肋下隐隐作痛好几天了", ("GI", "GS")),
    ],
    "胃涨 for 胃胀": [("吃完饭胃涨得难受", ("GI",))],
}
# The same words where another desk is right.
LOOK_ALIKES = [
    ("洗完头头发没干就睡了，早上起来头痛", ("NEURO",)),
    ("怀孕五个月了，肚子越来越大，腰酸", ("OB",)),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    "孩子癫痫又发作了，现在还在抽，叫不醒",
    "我爸有癫痫，刚才突然抽搐口吐白沫，到现在还没停",
    "孩子每个月发一次癫痫，刚才又抽了，现在还在抽",
    "孩子刚睡着突然四肢抽，口吐白沫，叫不醒",
    "我儿子羊羔疯又犯了，现在还在抽",
    "羊癫疯发作了，一直没停",
    "突然发羊角风",
    "刚才晕倒了，胸口痛，出冷汗",
    "我爸刚才在家晕倒了，叫不醒，社区医生说赶紧送急诊",
    "我爸昨天晕倒了，检查后医生说是低血糖，今天又晕倒了叫不醒",
    "我媽剛才暈倒了，叫不醒",
    "孩子被开水烫了，胸口和两条胳膊都起了大泡",
    "被开水烫伤整条手臂，起了大泡",
    "宝宝被开水烫到手臂，起了一大片泡",
    "孩子喝了一口洁厕灵，嘴巴痛，吐了带血",
    "孩子喝了一口管道疏通剂，嘴里起泡，一直吐",
    "孩子偷喝了一口洗洁精，吐了好几次",
    "一口气吃了一整瓶安眠药",
    "吃了芒果以后嘴唇肿，喉咙肿",
    "我爸以前有高血压，突然说不出话，嘴歪了",
    "以前好好的，突然倒地不起，口吐白沫",
    "老人家早年有冠心病，突然胸口剧痛，出冷汗",
]


def _offered(engine: Engine, row: tuple) -> list:
    text, _accepted, *age = row
    return engine.suggest(text, age=age[0] if age else None)


@pytest.mark.parametrize("family", NOT_EMERGENCIES)
def test_each_family_is_no_emergency_and_reaches_the_diseases_desk(
    shipped_engine: Engine, family: str
) -> None:
    misses = []
    for row in NOT_EMERGENCIES[family]:
        offered = _offered(shipped_engine, row)
        top = offered[0]
        first_three = [s.department for s in offered[:3]]
        if top.department == "ER" or top.emergency or not set(row[1]) & set(first_three):
            misses.append((row[0], first_three, top.urgency))
    assert not misses, misses


@pytest.mark.parametrize("family", DESKS)
def test_each_fallback_family_reaches_its_desk(shipped_engine: Engine, family: str) -> None:
    misses = off_their_desk(shipped_engine, DESKS[family])
    assert not misses, misses


def test_the_look_alikes_keep_their_desk(shipped_engine: Engine) -> None:
    misses = off_their_desk(shipped_engine, LOOK_ALIKES)
    assert not misses, misses


def test_the_real_emergencies_beside_them_still_fire(shipped_engine: Engine) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES)
    assert not misses, misses
