"""Four days written blind at the start of the session that began at `c6b71a7` (an ice-and-snow
festival week in a northern city, the spring-festival travel rush, a Thursday of kindergarten and
primary-school children, a weeknight in Taipei; 60 complaints each, 27 Simplified, 18 Traditional,
15 English, 20 emergencies). First read on `c6b71a7`: top-1 59, 54, 55 and 57 of 60 (225 of 240,
93.8 %), 80 of 80 emergencies, 4 false alarms of 160 (2.5 %). Read then: 234, 80 and none (the
floors below).

False alarms: a gouty big toe "肿得通红" after beer and mutton (a swelling's colour, or a cold
hand's, is no face turning colour: the foreign-body red flag); a faint two days ago, well now; a
facial palsy with an eye that will not close and the limbs and speech fine (Bell's palsy:
neurology the same day; a weak limb keeps the stroke's red flag); "can a fever of 38.2 cause a
seizure" asked of a boy with no fits.

Desks: the gout named by the big toe ("大拇趾"); pain under the right ribs after fried chicken
(the gallbladder: "右上腹" is a part of the belly); a relative's stroke or heart attack and
"should she get checked" (the relative's check, not the visitor's screening); a child's inhaler
refilled (paediatrics); a department named as a place ("在儿科候诊区掉了书包") or written on the
slip ("张单写住儿科") is no request to see it.

Left: legs swollen after thirty hours on a train (nephrology's oedema; cardiology or general
practice accepted); a father who had a stent asking about a long drive (preventive care's
relative rule: he may be the visitor); a sick note for food poisoning (general practice or the
service centre); a school check-up form with an eye test (the eye test's clinic); a blood report
asked for (the laboratory or the service centre); "can stress cause chest tightness"
(psychology).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("右边脸垮下来了，眼睛闭不上，右手也拿不住东西", 30),
]
LOOK_ALIKES = [
    ("昨晚吃海鲜喝啤酒，半夜大拇趾肿得发亮，碰都不能碰", ("RHEUM",), 45),
    ("今早起来右边脸歪了，眼睛闭不上，手脚都好好的，讲话也清楚", ("NEURO",), 30),
    (
        "my face is drooping on the left since this morning and I can't close my eye, arms and "
        "legs fine",
        ("NEURO",),
        30,
    ),
    ("右上腹疼了两天，吃完炸鸡更疼", ("GS", "GI"), 45),
    (
        "Dad had a heart attack last year, he's fine now - should he get checked before the long "
        "drive?",
        ("CARD",),
        70,
    ),
    ("asthma fine, need a refill of his inhaler", ("PED",), 6),
    ("在兒科門口撿到一個手機，交去哪裡", ("CS",)),
    ("药单上写着儿科，在哪拿药", ("PHARM",), 6),
]

TestHeldOutIceTravelKindergartenTaipei = taught_theme_tests(
    {
        "routing-ice-festival-week-held-out-sweep.jsonl": (60, 20, 0),
        "routing-spring-travel-rush-held-out-sweep.jsonl": (57, 20, 0),
        "routing-kindergarten-thursday-held-out-sweep.jsonl": (59, 20, 0),
        "routing-taipei-weeknight-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
