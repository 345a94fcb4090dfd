"""Long-term treatments and children from birth to twelve: two general sweeps taught.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `8e2c739` before anything was read from it:

- routing-long-term-treatments-sweep.jsonl: 17 of 20 emergencies, 1 false alarm, top-1 49; now
  20, none, 52.
- routing-children-to-twelve-sweep.jsonl: 17 of 20, no false alarm, top-1 51; now 20, 54.

Taught: a baby or a child who vomits green (bile) is a red flag of its own; a stroke's face "a bit
lopsided" with words being lost; an asthma attack with "two or three words out" and a reliever
"barely helping"; three fits since breakfast without coming round; a dialysis session missed
("周六那次没赶上", "四天没做") with weakness and palpitations; a plan to "take all my sleeping
pills tonight"; "not having a seizure" denies it.

Left: an epileptic asking whether he may drive, his last fit months ago, is no emergency now but
reaches the pharmacy (his tablets) rather than neurology; a pacemaker's yearly check asked in Cantonese goes to patient services; an inhaler's
technique to the general practice; an oxygen concentrator rented from the hospital to general
practice; a pulled elbow ("拽了一下…耷拉着不肯动") to paediatrics; a silica-gel packet chewed to
paediatric surgery; a school urine test with protein to the laboratory.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-long-term-treatments-sweep.jsonl": (52, 20, 0),
    "routing-children-to-twelve-sweep.jsonl": (54, 20, 0),
}

EMERGENCIES = [
    ("宝宝三个礼拜大，今天吐出来的奶是绿色的，肚子胀", 0),
    "my 6 week old baby has been vomiting green since this morning",
    ("宝宝吃了奶以后吐出来绿色的，肚子胀", 0),
    "he's on warfarin and this afternoon his face looks lopsided and he keeps losing his words",
    "she is asthmatic, her inhaler is barely helping and she gets two or three words out",
    "two fits this morning and she hasn't come round in between",
    "透析的，这周四天没做了，现在腿软心慌",
    "my son texted that he will take all his sleeping pills tonight",
]
LOOK_ALIKES = [
    (
        "not having a seizure, just asking if I can drive, my last fit was a year ago",
        ("NEURO", "GP"),
    ),
    ("我家宝宝吃了菠菜泥，拉出来的大便是绿色的", ("PED", "GI"), 1),
    ("drinking green tea every day, is it good for my heart?", ("CARD", "PREV", "GP", "TCM")),
]

TestLongTreatmentsAndChildren = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)
