"""Red flags and departments by composition, and context, in words no rule or file holds.

Each case names a concept through a form the rules never spell out: an object and the word for
driving it in, a sting and a whole-body sign, thoughts of not living and a means at hand, a
pulse said in Chinese numerals, a calendar year told as the past.
"""

import pytest

from tests.triage.routing_helpers import is_emergency, mention
from triage.routing import redflags
from triage.routing.engine import Engine
from triage.routing.text import normalise


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


@pytest.mark.parametrize(
    "text",
    [
        # An object driven into the body.
        "干活时一根铁棍插进了小腿",
        "钉子扎穿了他的脚掌",
        "碎玻璃刺进了胳膊，拔不出来",
        "a metal rod went into his thigh at work",
        # A sting or venomous bite with a whole-body reaction.
        "被马蜂蛰了三下，现在浑身无力想吐",
        "在山上被毒蛇咬了，头昏眼花",
        "stung by wasps and now she feels faint",
        # Weariness of life with a means at hand.
        "她说活着太累了，刚才拿着绳子进了房间",
        "he says he cant take it anymore and has a knife",
        # Chest tightness and breathlessness with a cold sweat or spreading pain.
        "突然胸闷气短，一身冷汗",
        "胸闷气短，左胳膊发麻",
    ],
)
def test_red_flags_by_composition(engine: Engine, text: str) -> None:
    assert is_emergency(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "手指扎进一根木刺",
        "吃鱼时鱼刺扎进嗓子里了",
        "手背被蜜蜂叮了一下，有点痒",
        "胸闷气短好几年了，爬楼梯就喘",
    ],
)
def test_their_look_alikes_are_not(engine: Engine, text: str) -> None:
    assert not is_emergency(engine, text)


def test_weary_of_life_alone_goes_to_psychiatry(engine: Engine) -> None:
    top = engine.suggest("工作压力大，觉得活得很累，晚上睡不着")[0]
    assert top.department == "PSY" and not top.emergency


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("刚量血压一百九", "190"),
        ("心跳很快，数了一分钟一百五十下", "150"),
        ("心率一百零五", None),
        ("my heart is racing at 160", "160"),
        ("heart pounding for 20 minutes", None),
    ],
)
def test_numbers_in_words_are_read(text: str, value: str | None) -> None:
    signs = redflags.vital_signs(normalise(text))
    assert [sign.value for sign in signs] == ([value] if value else [])


def test_chinese_numerals() -> None:
    assert [redflags.number(s) for s in ("一百四", "一百四十", "两百", "一百零五", "九十")] == [
        140,
        140,
        200,
        105,
        90,
    ]


def test_a_calendar_year_is_the_past_and_a_number_of_years_is_not() -> None:
    assert mention("09年出过车祸，现在腰疼", "车祸").past
    assert mention("2015年中风过一次", "中风").past
    assert not mention("今天出了车祸", "车祸").past
    assert not mention("中风10年了", "中风").past


def test_since_then_is_a_long_story() -> None:
    assert mention("癫痫发作至今，一直吃药", "癫痫发作").not_now


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("早上起来眼皮肿，小便泡沫多", "NEPH"),
        ("眼睛红肿，一直流眼泪", "OPH"),
        ("老是腰酸，尿里有泡沫，早上眼皮肿", "NEPH"),
        ("得了周围神经炎能治好吗", "NEURO"),
        ("视网膜脱离手术后要注意什么", "OPH"),
        ("脑膜瘤做完手术要多久复查", "NSURG"),
    ],
)
def test_department_by_its_signs(engine: Engine, text: str, code: str) -> None:
    assert engine.suggest(text, age=40)[0].department == code
