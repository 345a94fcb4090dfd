"""Four general days written blind in the third round of the session that began at `1714bc6` (a
hot Thursday in Urumqi, a drizzly Monday in Keelung, a Tuesday in Yuen Long, Luoyang's peony
Sunday; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `f6570fd`: top-1 57, 52, 60 and 55 of 60 (224 of 240, 93.3 %), 79 of 80 emergencies
(98.8 %), 1 false alarm of 160 (0.6 %). Read then: 239, 80 and none (the floors below).

Red flags: a diabetic on insulin, told in Taiwanese Hokkien, who ate nothing, is in a cold sweat
and hardly answers ("叫伊拢无啥反应", "讲话乱乱").

False alarms: a tour-group member fainted and already taken to the emergency department, told
in the next clause ("团友晕咗，已经送咗去急症", a context step: someone else's event cared for may
be told a clause later, and 团友, 同团 are others).

Desks: the small of the back ("腰后头") is no head, and urine that stings told "涩" (urology);
heat's dizziness better after a rest in the shade (the GP, a child's paediatrics); a back that
hurts at a cough (the cough is no complaint); Hokkien's fall ("跋一倒", orthopaedics), sneeze
("拍咳啾", no cough), forgetting ("袂记得", neurology) and a period that did not come ("无来");
a fish spine in a finger (surgery, not the throat's fish bone); a residence permit's medical that
must hand in its report (health checks); paying without local insurance (billing); a reaction
to a food to be tested, an adrenaline pen after a big sting (allergy); "尿不净" (urology).

Left: feet swollen after a long coach ride (the writer chose the GP, geriatrics or cardiology;
the rules nephrology).
"""

from tests.triage.routing_helpers import mention
from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("阮阿爸有咧打胰岛素，中昼无食，这马规身躯冷汗，叫伊拢无啥反应", 70),
]
LOOK_ALIKES = [
    (
        "同团的阿姨刚才在景区晕倒了，已经送去急症了，我自己有点头晕，想量个血压",
        ("CARD", "GP", "NEURO"),
        60,
    ),
    ("这几天腰后头酸酸地疼，尿黄，尿的时候发涩", ("URO",)),
    ("逛了一下午，有点头晕没力，在阴凉处歇了会儿好多了，想找大夫看看", ("GP",), 55),
    ("剖鱼的时候被鱼刺凿到手指，肿起来了", ("GS",)),
    ("一到春天就拍咳啾，鼻水流不停", ("ALLERGY", "ENT")),
    ("办居留证要交体检报告，要抽血拍胸片，去哪里做", ("PREV",)),
    ("how do I pay for today? i dont have local insurance", ("BILL", "CS")),
    ("阿嬤这阵定定袂记得代志", ("NEURO", "GERI"), 80),
    ("had a mild reaction to cashews as a teen, would like to know if I still react", ("ALLERGY",)),
    ("以前被黄蜂叮过肿得厉害，想开一支随身带的针", ("ALLERGY",)),
    ("老头子尿不净，晚上起来好几回", ("URO",), 74),
]

TestHeldOutUrumqiKeelungYuenLongLuoyang = taught_theme_tests(
    {
        "routing-urumqi-thursday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-keelung-monday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-yuen-long-tuesday-held-out-sweep.jsonl": (60, 20, 0),
        "routing-luoyang-peony-sunday-held-out-sweep.jsonl": (59, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)


def test_someone_elses_event_cared_for_a_clause_later_is_theirs() -> None:
    assert mention("同团的阿姨刚才在景区晕倒了，已经送去急症了，我自己有点头晕", "晕倒").past
    # Told with no care after it, it is happening now.
    assert mention("同团的阿姨刚才在景区晕倒了，快来人", "晕倒").now
