"""Accidents at home, and long illnesses and their turns: general sweeps.

Two sweeps were written blind, 60 complaints each (20 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored on `4d75c51` before anything was read from them:

- routing-home-accidents-sweep.jsonl: 19 of 20 emergencies, no false alarm, top-1 55; now 20,
  top-1 57.
- routing-long-illnesses-sweep.jsonl: 17 of 20, no false alarm, top-1 53; now 20, top-1 56.

Mended, as mechanisms (each tested in test_routing_steps.py) rather than sentences: a diagnosis
told with how long ago it was made ("确诊两年了") is the story's background, as one told in the
past is, not the question of the whole complaint (a man with HIV, a stiff neck and a fever today
was a hypothetical); a diabetic's "meter" is his sugar meter ("his meter says 2.1").

Taught: a fever after an organ or marrow transplant is a red flag (anti-rejection medicine); a
nail driven in by a nail gun, or a nail or rod still in the wound, is severe trauma; a swollen
ankle after a fall is no kidney's oedema; a kidney transplant's follow-up (tacrolimus) is the
kidney clinic's.

Left: a hamster's nip asking for a rabies shot goes to the prevention clinic (the writer's
labels: infection, emergency, surgery); a cat scratch with swollen glands and a low fever to the
fever clinic; a swallowed crayon, the child well, to paediatric surgery; a diabetic's yearly
eye check to endocrinology; a chemotherapy bill charged twice to oncology; a planned pregnancy on
an epilepsy medicine to reproductive medicine; numbness by a lung-surgery scar to oncology. A
transplant told as of last year ("had a kidney transplant last year, now a fever") is held back
as history like any event of a year ago, though the medicine it needs goes on.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-home-accidents-sweep.jsonl": (57, 20, 0),
    "routing-long-illnesses-sweep.jsonl": (56, 20, 0),
}

EMERGENCIES = [
    "我爸肝移植三年了，一直吃抗排斥药，今天发烧39度，浑身发冷",
    "she lives with a kidney transplant, on anti rejection pills, now a fever and chills",
    "装修的时候钉枪打进了小腿，钉子还卡在里面",
    "my mum is diabetic and on insulin, she's confused and her meter says 2.3",
    "他是HIV感染者，确诊三年了，这几天头痛，今天脖子发硬，发烧38.6度",
]
LOOK_ALIKES = [
    ("上周从凳子上摔下来，脚踝还有点肿，能走路", ("ORTHO",)),
    ("I had a kidney transplant years ago, I need my tacrolimus refilled", ("NEPH", "PHARM")),
    ("我爸换肾五年了，来复查肾功能", ("NEPH", "LAB")),
    ("the nail gun at work is broken, where do I get a tetanus shot just in case", ("PREV", "GS")),
]

TestHomeAccidentsAndLongIllnesses = taught_theme_tests(
    SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20
)
