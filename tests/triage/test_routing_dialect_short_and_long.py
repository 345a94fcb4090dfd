"""Emergencies in dialect and slang, and in very short and very long complaints (migration 0133).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0132, before anything was taught from them:

- routing-dialect-sweep.jsonl (northern, Sichuan and Cantonese words; British and Australian
  slang): 28 of 30 emergencies, no false alarm, top-1 56; taught from: 30 of 30, top-1 59.
- routing-short-and-long-sweep.jsonl (2 to 12 characters, or 60 to 160 with the point buried):
  26 of 30, 1 false alarm, top-1 52; taught from: 30 of 30, no false alarm, top-1 58.

Taught, by family, in our own wordings below:
- blood vomited said as chucked or spewed up; mothballs are a poison; the gums said as 牙花子;
- consciousness lost said with 咗 (冇咗知觉), a baby who does not move (唔识郁); a dialysis missed
  said as not got to (冇去到洗);
- a stiff neck with light hurting the eyes, fever or none (a new composition: a bleed or an
  infection around the brain; a crick from sleeping or a screen's glare is not);
- breathing said smooth (呼吸很顺) is fine, and denies the breathing of an allergy's red flag
  (context);
- medicines picked up ("where can I collect my meds") are the pharmacy's.
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-dialect-sweep.jsonl": (59, 30, 0),
    "routing-short-and-long-sweep.jsonl": (58, 30, 0),
}

EMERGENCIES = [
    "my brother was chucking up blood all morning",
    "个仔食咗几粒樟脑丸，而家好眼瞓",
    "快啲，阿爷冇咗知觉",
    "BB唔识郁，嘴唇青晒",
    "透析的，这礼拜没去成透析，腿肿，躺不平",
    "头痛得厉害，脖子发硬，见不得光",
    "my neck is stiff and the light hurts my eyes",
]
LOOK_ALIKES = [
    ("牙花子肿了，疼得吃不下饭", ("DENT",)),
    ("落枕了，脖子僵，看电脑屏幕刺眼", ("ORTHO",)),
    ("吃海鲜起疹子，呼吸很顺，嘴唇没肿", ("DERM", "ALLERGY")),
    ("where can I collect my meds", ("PHARM",)),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)


def test_breathing_said_smooth_is_fine() -> None:
    assert mention("吃海鲜起疹子，呼吸也很顺", "呼吸").negated
    assert not mention("吃海鲜起疹子，呼吸好急", "呼吸").negated
