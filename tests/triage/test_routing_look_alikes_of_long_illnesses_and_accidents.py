"""Two look-alike sweeps taught: long-standing illnesses (diabetes, the heart, the kidneys, cancer,
epilepsy, asthma, mental illness) and accidents and injuries; each 60 complaints written blind
(27 Simplified, 18 Traditional, 15 English), 10 of them emergencies, and scored on `fdf25e3`
before anything was read:

- routing-long-illnesses-look-alike-sweep.jsonl: top-1 53, 10 of 10 emergencies, 1 false alarm;
  now 56, 10, none.
- routing-accidents-and-injuries-look-alike-sweep.jsonl: top-1 49, 10 of 10, 4 false alarms; now
  57, 10, none.

False alarms mended: one of a child's usual seizures, of a minute, over and himself again (one that
will not stop, or another, stays an emergency); a crash seen by the visitor, whose blood was
someone else's (a witness hurt too stays one); a hand crushed long ago whose operation is done,
asked for the work-injury papers; a fall whose X-ray the orthopaedic doctor sent the visitor down
to pay for; a motorbike fall that led to a stay, its records asked for. Desks: sleeplessness after
a crash seen; an old bite's healed wound and scar; the last dose of rabies vaccine (not a child's
missed routine dose); stitches out after a cut on broken glass (no broken bone); films for an
insurer copied; a letter that a stable schizophrenia is fit to work; epilepsy said in Cantonese
(羊痫症); an ear swollen and lumpy after a tackle.

Left: a kidney patient asking where to have the blood taken goes to nephrology; heart failure of
years with more breathlessness on the stairs goes to respiratory medicine; a dad's nitro spray
left behind goes to cardiology.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-long-illnesses-look-alike-sweep.jsonl": (56, 10, 0),
    "routing-accidents-and-injuries-look-alike-sweep.jsonl": (57, 10, 0),
}

EMERGENCIES = [
    "he's having one of his usual seizures and it hasn't stopped after five minutes",
    "我亲眼看见车祸，我也被撞了，腿上好多血",
    "工地上手被机器压伤了，血止不住",
]
LOOK_ALIKES = [
    (
        "My daughter has epilepsy; she had one of her usual seizures at lunch, under a minute, "
        "and she's back to herself now",
        ("NEURO", "PED"),
        12,
    ),
    ("昨晚亲眼看到一起车祸，地上都是血，回来一闭眼就是那画面，睡不着", ("PSY",)),
    (
        "Where do I pay for the X-ray? The orthopaedic doctor sent me down after I fell off my bike",
        ("BILL",),
    ),
    ("上个月被狗咬的伤口早就好了，就是留了个疤，想去掉", ("PLAST", "AEST", "DERM")),
    ("孩子被狗咬了一口，狂犬疫苗还差最后一针，在哪打", ("PREV", "INFECT", "ER"), 8),
    ("I cut my finger on a broken glass last week, where do I get the stitches out", ("GS", "GP")),
    ("保险公司要我的CT片子光盘，去哪里复制", ("RECORDS", "IMG")),
    ("他骑电动车摔断了腿在这住过院，现在要复印病历", ("RECORDS",)),
    ("我老公有精神分裂，稳定好多年了，单位要证明他能上班", ("PSY",)),
    ("我个女有羊痫症，上个礼拜发过一次，而家好返晒，想问使唔使加药", ("NEURO", "PED")),
    ("his ear got squashed in a scrum and now it's swollen and lumpy", ("ENT", "PLAST")),
]

TestLongIllnessesAndAccidentsTaught = taught_theme_tests(
    SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=10
)
