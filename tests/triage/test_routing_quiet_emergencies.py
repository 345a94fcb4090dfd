"""Quiet emergencies, told calmly or in passing (migration 0127).

Two sweeps were written blind on them, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English): routing-quiet-sweep-first.jsonl and -second.jsonl.

- The first, scored on 45dead9: 20 of 30 emergencies, no false alarm, top-1 49 of 60. Taught from
  it by family: 30 of 30, top-1 60.
- The second, written beside the first and scored on 45dead9 before anything was taught: 20 of
  30, no false alarm, top-1 50; after the teaching 21 of 30, top-1 51; after the round's later
  teachings from other sweeps 22 of 30, top-1 52 (migrations 0128–0130), then 23, top-1 53
  (0131). It is held out with those floors, its misses read by nobody.

Taught, by family, in our own wordings below:
- a heart attack told as heartburn, indigestion or an upset stomach, with sweating, a left arm or
  a jaw (a new composition; the sweat is the flag's own word, so a mild heartburn still counts
  and a mild sweat does not);
- a clot that reached the lung: one calf sore or swollen, with new breathlessness, chest pain or
  coughed blood (a new composition; both legs, cramp, running or heart failure are not);
- a baby "not moving" (没在动, stopped moving) late in a pregnancy;
- a testicle's pain said as very bad, or waking the boy;
- double vision said as two of everything, a walk gone crooked, with a sudden onset;
- black stools with faintness said in dialect (脑壳昏, 眼睛发黑) or on standing;
- a small child listless (蔫蔫的) with diarrhoea or vomiting;
- a diabetic who keeps vomiting and breathes fast;
- how late a period is (月经推迟半个月了) is no long story that holds back today's pain (context).
"""

import pytest

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-quiet-sweep-first.jsonl": (60, 30, 0),
    # Held out: its misses are read by nobody. 52, not 53: a bee sting said "被蜜蜂叮" reached no
    # rule at all before the sting rule learnt the whole word, and one case its writer sent to
    # allergy only now goes to the sting's local-reaction rule (dermatology).
    "routing-quiet-sweep-second.jsonl": (52, 23, 0),
}

EMERGENCIES = [
    "爷爷说胃里堵得慌，出了一头冷汗",
    "老妈说有点烧心，刚才出了一身汗",
    "my grandma says her stomach is upset and she's sweating a lot",
    "grandad thinks it's heartburn but his left arm has been aching all morning",
    "小腿肚子又红又肿，今天上楼梯喘不上气",
    "after my knee surgery my calf is swollen and I'm short of breath",
    "飛機落地後隻小腿腫痛，而家行幾步就氣促",
    "怀孕七个多月，宝宝从昨晚到现在都没在动",
    "36 weeks and the baby has stopped moving since this morning",
    "儿子十三岁，半夜疼醒，说蛋蛋疼得厉害",
    "我老公突然看东西变两个，走路歪歪的",
    "这两天拉的屎黑黢黢的，一起身就晕",
    ("宝宝拉肚子，今天蔫蔫的，尿也少", 1),
    "我有糖尿病，吐了一整天，现在喘气好快",
    "例假推迟了半个月，左边小肚子一阵阵疼",
]
LOOK_ALIKES = [
    ("吃了火锅有点烧心，出了点汗", ("GI",)),
    ("最近老是烧心反酸，晚上出汗", ("GI",)),
    ("胃不舒服好几年了，吃饭出汗", ("GI",)),
    ("更年期老是出汗，心口不舒服", ("GYN", "CARD", "GP")),
    ("小腿抽筋，跑完步有点喘", ("RESP", "ORTHO", "GP")),
    ("两条小腿都肿，走路就喘", ("CARD", "NEPH")),
    ("孩子拉肚子两天，精神还好，想开点药", ("PED",)),
    ("怀孕30周，宝宝动得很厉害，正常吗", ("OB",)),
    ("看东西有重影好几年了", ("OPH", "NEURO")),
    ("大便有点黑，在吃铁剂", ("GI",)),
    ("蛋蛋有点坠胀好几个月了，躺下就好", ("URO",)),
    ("月经推迟半个月了，想查查是不是怀孕", ("GYN", "OB")),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)


@pytest.mark.parametrize(
    ("text", "word"),
    [("月经推迟半个月了，右边小肚子疼", "小肚子"), ("停经两个月了，肚子一边疼", "肚子")],
)
def test_how_late_a_period_is_tells_no_long_story(text: str, word: str) -> None:
    assert not mention(text, word).not_now
