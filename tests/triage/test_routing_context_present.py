"""A time of the past scopes its own clause: a later clause that tells a present state is today's.

Read on `context.Story` directly (no engine): the mention's time where a red flag's words are.
"""

import pytest

from tests.triage.routing_helpers import mention
from triage.routing import context
from triage.routing.text import normalise


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("dad had chemo last week, now feverish with chills", "feverish"),
        ("my dad had chemo two weeks ago and since then he has a fever", "fever"),
        ("my sister had her baby last week, she has a high fever", "fever"),
        ("上周做完化疗，一直发烧", "发烧"),
        ("上個禮拜做完化療，呢兩日發燒", "发烧"),
    ],
)
def test_a_present_state_after_a_past_clause_is_now(text: str, word: str) -> None:
    found = mention(text, word, last=True)
    assert found.now and not found.past, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # The past clause keeps its own time.
        ("dad had chemo last week, now feverish with chills", "chemo"),
        ("上周做完化疗，一直发烧", "化疗"),
        # A story told on in the past stays past.
        ("上个月宝宝突然抽搐，口吐白沫", "口吐白沫"),
        ("last month he had a seizure, it lasted five minutes", "seizure"),
        # Last week said as Taiwan and Hong Kong say it, as 上周 is.
        ("上禮拜騎車被汽車撞到，已經看過了", "撞到"),
        ("上个星期晕倒过去一次", "晕倒"),
    ],
)
def test_the_past_stays_past(text: str, word: str) -> None:
    found = mention(text, word, last=True)
    assert not found.now and (found.past or found.habit), found


def test_now_and_then_is_no_clause_of_now() -> None:
    assert not mention(
        "he had a seizure as a child, now and then a seizure", "seizure", last=True
    ).now


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # What started suddenly is today's, and so is a clause after it with no time of its own,
        # though a long story is told beside it.
        ("他突然胸口像被压住一样，满头大汗，高血压十几年了", "满头大汗"),
        ("妈妈突然说不出话，右手拿不住东西，糖尿病好多年", "拿不住"),
        ("突然肚子痛得厉害，一按就痛，胆结石好几年了", "一按就痛"),
        ("佢突然头痛到爆，仲呕咗两次，高血压十几年", "呕"),
        ("suddenly the worst headache of her life, she threw up, migraines for years", "threw up"),
    ],
)
def test_a_clause_after_a_sudden_start_is_no_habit_of_a_long_story(text: str, word: str) -> None:
    found = mention(text, word, last=True)
    assert not found.habit and not found.past, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A sudden turn told as long is a habit, and so is what follows it.
        ("这几年经常突然头晕，站不稳", "站不稳"),
        ("好多年了时不时突然心慌，出汗", "出汗"),
    ],
)
def test_a_sudden_start_told_as_long_stays_a_habit(text: str, word: str) -> None:
    assert mention(text, word, last=True).habit


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A long illness named with its years, 有 unsaid: the years are the illness's, and a
        # later clause is today's.
        ("我妈心衰好几年了，这两宿躺不下，只能坐着喘", "坐着喘"),
        ("我爸糖尿病十几年了，叫不醒", "叫不醒"),
        ("my mum has had heart failure for years, she can only breathe sitting up", "sitting up"),
    ],
)
def test_a_long_illness_named_with_its_years_makes_no_other_clause_a_habit(
    text: str, word: str
) -> None:
    assert not mention(text, word, last=True).habit


def test_a_symptom_had_for_years_is_still_a_long_story() -> None:
    assert mention("胸闷好几年了，走路喘", "喘", last=True).habit


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A medicine taken long-term: the time is the medicine's, the other clauses today's.
        ("阿爷头先喺厕所晕低，屙咗好多黑色嘅屎，佢长期食薄血药", "晕低"),
        ("我爸拉黑便，站起来就晕，他长期吃阿司匹林", "拉黑便"),
    ],
)
def test_a_medicine_taken_long_term_makes_no_other_clause_a_habit(text: str, word: str) -> None:
    assert not mention(text, word, last=True).habit
    assert not context.Story(normalise(text)).long


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A sudden turn ends a past that told only a background (an illness had, the health
        # before): it is today's.
        ("我爸以前有高血压，突然说不出话，嘴歪了", "说不出话"),
        ("以前好好的，突然倒地不起，口吐白沫", "倒地不起"),
    ],
)
def test_a_sudden_turn_after_a_background_past_is_not_past(text: str, word: str) -> None:
    assert not mention(text, word, last=True).past


def test_an_episode_told_in_the_past_stays_past_through_a_sudden_turn() -> None:
    assert mention("去年冬天有一次，突然晕倒了，后来查了也没事", "晕倒", last=True).past


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # An illness's attacks told as what it does.
        ("我姐有癫痫，复发时神志不清", "神志不清"),
        ("他有癫痫，发作的时候口吐白沫", "口吐白沫"),
    ],
)
def test_what_an_illness_does_at_its_attacks_is_a_habit(text: str, word: str) -> None:
    assert mention(text, word, last=True).habit


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Which medicine or treatment a condition takes, even with 现在 in the clause.
        ("现在我这个是羊癫疯能吃什么药", "羊癫疯"),
        ("我姐患癫痫，口吐白沫，癫痫的治疗方法有哪些", "口吐白沫"),
        # Recurring attacks: a bare 刚 is the moment in an attack.
        ("小孩刚睡着突然四肢抽，每个月要发一次，怎么治疗", "四肢抽"),
    ],
)
def test_a_treatment_asked_about_is_no_emergency_now(text: str, word: str) -> None:
    assert mention(text, word, last=True).not_now


def test_a_bare_just_without_recurring_attacks_is_still_now() -> None:
    found = mention("小孩刚睡着突然四肢抽，怎么办", "四肢抽", last=True)
    assert found.now and not found.not_now


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("我同学昨天突然晕倒了，检查后医生说他患高血压", "晕倒"),
        ("前些天晕倒，去检查才发现患上了癫痫", "晕倒"),
        ("女儿前几天上体育课晕倒，校医说是低血糖", "晕倒"),
    ],
)
def test_a_faint_of_an_earlier_day_checked_and_named_is_a_condition(text: str, word: str) -> None:
    assert mention(text, word, last=True).condition


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # Today's, or nothing named.
        ("我爸刚才晕倒了，叫不醒，社区医生说赶紧送急诊", "晕倒"),
        ("我爸晕倒了，检查后医生说是低血糖", "晕倒"),
        ("我爸昨天晕倒了，检查后医生说是低血糖，今天又晕倒了叫不醒", "叫不醒"),
    ],
)
def test_a_faint_not_of_an_earlier_day_or_named_is_no_condition(text: str, word: str) -> None:
    assert not mention(text, word, last=True).condition


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("took a few extra panadol yesterday, maybe twenty, feel fine now", "panadol"),
        ("昨天吃了二十几片扑热息痛，现在没事了", "扑热息痛"),
    ],
)
def test_pills_swallowed_by_the_count_are_not_over_when_fine_now(text: str, word: str) -> None:
    # Paracetamol harms the liver a day or two later: "fine now" does not make its day history.
    assert not mention(text, word, last=True).past


def test_a_day_before_then_fine_now_is_still_history_without_a_count() -> None:
    assert mention("昨天胸口痛得厉害，吃了一片药，现在没事了", "胸口痛", last=True).past


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("他常说我不在你们会比较轻松", "轻松"),
        ("她说我死了你们会好过一点", "好过"),
    ],
)
def test_words_of_being_gone_are_no_warning_of_what_may_come(text: str, word: str) -> None:
    assert not mention(text, word, last=True).hypothetical


def test_a_warning_of_what_may_come_is_still_hypothetical() -> None:
    assert mention("老婆说我这样下去会心梗", "心梗", last=True).hypothetical


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A medicine taken long-term is taken today too: its own word is no habit.
        ("阿婆跌亲撞到个头，佢长期食紧薄血丸", "薄血丸"),
        ("我爸长期吃华法林，今天早上摔了一跤", "华法林"),
        ("she fell in the bathroom, she has been on warfarin for years", "warfarin"),
        # ...and its years make no other clause a habit.
        ("he has been on blood thinners for years, he fell and hit his head", "hit his head"),
    ],
)
def test_a_medicine_taken_long_term_is_taken_now(text: str, word: str) -> None:
    found = mention(text, word, last=True)
    assert not found.habit and not found.past, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # A symptom had for years stays a long story, beside a medicine or not.
        ("长期胸闷，吃药也没用", "胸闷"),
        ("I have had chest pain for years, on and off", "chest pain"),
    ],
)
def test_a_symptom_had_long_term_stays_a_habit(text: str, word: str) -> None:
    found = mention(text, word, last=True)
    assert found.habit or found.past, found


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("照顾我妈好几年了，我实在撑不住了，不想活了，药都准备好了", "不想活"),
        ("照顧我爸三年了，我不想活了，遺書都寫好了", "不想活"),
        ("caring for my dad for years, I want to die, I have the pills ready", "want to die"),
    ],
)
def test_a_wish_to_die_with_a_plan_made_ready_is_no_long_storys_habit(text: str, word: str) -> None:
    # The years are the caring's; the plan is today's.
    assert not mention(text, word, last=True).habit


@pytest.mark.parametrize(
    ("text", "word"), [("这半年总失眠，觉得活着没意思", "活着没意思"), ("这几年一直想死", "想死")]
)
def test_a_wish_to_die_told_over_months_without_a_plan_stays_the_storys(
    text: str, word: str
) -> None:
    assert mention(text, word, last=True).habit
