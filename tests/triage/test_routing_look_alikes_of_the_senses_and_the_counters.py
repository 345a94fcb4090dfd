"""Two look-alike sweeps taught (the eyes, ears, nose, throat, skin and allergies; errands at the
service counters that name a grave illness or event) and four general sweeps held out, each 60
complaints written blind (27 Simplified, 18 Traditional, 15 English), scored on `85d4f70` before
anything was read:

- routing-eyes-ears-skin-look-alike-sweep.jsonl (10 emergencies): top-1 52, 8 of 10 emergencies,
  no false alarm; now 56, 10, none.
- routing-errands-at-the-counters-look-alike-sweep.jsonl (10 emergencies): top-1 41, 10 of 10, 4
  false alarms; now 51, 10, none.

Held out, misses unread (20 emergencies each), the same at the round's start and end:
- routing-first-school-monday-held-out-sweep.jsonl: top-1 55, 19 of 20, 1 false alarm.
- routing-retirement-community-tuesday-held-out-sweep.jsonl: 49, 20, 2.
- routing-construction-zone-friday-held-out-sweep.jsonl: 53, 18, 1.
- routing-city-sunday-night-held-out-sweep.jsonl: 55, 20, 3.

Read the round after, once both ends were measured
(test_routing_held_out_school_care_site_sunday_read.py): the floors below are their figures then.

Mechanism: a negation's list ends where something happens ("without his goggles and something
flew into his eye"). Red flags: a tongue "gone really big" after a new pill (a pill is a medicine);
something flown into an eye while grinding or drilling, with blood or no sight (safety glasses
named are no pair of glasses). False alarms mended: a crash behind a stay ("住了一个月院") or on
"that day" ("车祸那天的急诊病历"); the fee of a heart attack's stent; the stroke ward's visiting
hours; the emergency department's records for the police. Desks: a wheelchair borrowed whatever
illness is told; the outpatient scheme for a serious illness (特殊病种); a death certificate; a
complaint (申诉); a double payment refunded; a records summary for an insurer; a deposit topped up;
a department that sent the visitor on ("神经内科让我来") is not the one asked for; a drug allergy
tested before an operation; hand, foot and mouth.

Left: a certificate stamped after a stay for a fracture goes to orthopaedics; "申请重大伤病卡" goes
to the insurance office in one file and to records in another, and stays with records; a referral
"神经内科让我来做针灸" still goes to neurology when the face's palsy is named.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-eyes-ears-skin-look-alike-sweep.jsonl": (56, 10, 0),
    "routing-errands-at-the-counters-look-alike-sweep.jsonl": (51, 10, 0),
}

EMERGENCIES = [
    "my wife started a new blood pressure pill and now her tongue has gone really big",
    "he was drilling without his safety glasses and something flew into his eye, now he can't "
    "see out of it",
]
LOOK_ALIKES = [
    (
        "I reacted to amoxicillin as a child, can I get tested for it before my operation?",
        ("ALLERGY",),
    ),
    ("交警要我车祸那天的急诊病历，在哪复印", ("RECORDS",)),
    ("What time can we visit on the stroke ward?", ("CS",)),
    ("我妈中风后走路不稳，轮椅在哪借", ("CS",)),
    ("我爸肺癌，门诊特殊病种在哪申请", ("INSUR",)),
    ("我爷爷昨天在ICU走了，死亡证明去哪开", ("CS",)),
    ("我要申诉，护士态度很差", ("CS",)),
    ("刚才CT的钱交重复了，能退吗", ("BILL",)),
    ("保险公司要我爸住院的病历摘要，去哪申请", ("RECORDS",)),
    ("住院押金不够了，护士让我来补交", ("ADMIT", "BILL")),
]

TestSensesAndCountersTaught = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=10)

TestHeldOutSchoolCareSiteSundayNight = theme_sweep_tests(
    {
        "routing-first-school-monday-held-out-sweep.jsonl": (57, 20, 1),
        "routing-retirement-community-tuesday-held-out-sweep.jsonl": (57, 20, 2),
        "routing-construction-zone-friday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-city-sunday-night-held-out-sweep.jsonl": (57, 20, 0),
    },
    emergencies=20,
)
