"""Women's and pregnancy emergencies, and the chest's, the heart's and the head's (migration 0130).

Two sweeps were written blind, 60 complaints each (30 emergencies; 27 Simplified, 18
Traditional, 15 English), and scored after migration 0129, before anything was taught from them:

- routing-pregnancy-sweep.jsonl (periods, pregnancy, the birth and after): 24 of 30 emergencies,
  no false alarm, top-1 47; taught from: 29 of 30, top-1 56.
- routing-chest-and-head-sweep.jsonl (chest pain, breathlessness, palpitations, a faint, a
  headache, a weak side): 26 of 30, no false alarm, top-1 54; taught from: 30 of 30, top-1 59.

The quiet sweep held out since migration 0127 (test_routing_quiet_emergencies.py) went from 21 to
22 of 30 with this teaching.

Taught, by family, in our own wordings below:
- a crash in pregnancy said as rear-ended, or the seatbelt across the belly;
- contractions or a pain that comes regularly before 37 weeks (a new composition);
- the baby's head showing, or an urge to push that cannot be held back (a new composition, ER I);
- waters going, said as wet through and still running, not urine;
- a sudden one-sided low pain with vomiting said as "pain to vomiting", a period just over being
  no period pain;
- palpitations or an irregular heart with a faint or nearly one; a racing heart that will not stop
  for an hour (new compositions; a habit, coffee, exercise or anxiety are not);
- a swollen leg after an operation or a long journey, with breathlessness or a tight chest (a new
  composition);
- one half of the body weak said in the north's words (半拉身子; 半拉脸 is a swollen face);
- a pregnant woman's fit-to-fly letter, insurance claim and booking go to their own desks; a semen
  analysis to reproductive medicine; 心律唔齐 is an irregular heart.

Left: a flash of light seen "一直" (all along) after a birth makes a long story of the complaint
("一直有" is read as years), so "產後一週…看東西一直有閃光…血壓160" stays a miss; widening it
broke a held-out file. A booked caesarean's admission goes to obstetrics, not admissions.
"""

from tests.triage.taught_batches import taught_theme_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-pregnancy-sweep.jsonl": (56, 29, 0),
    "routing-chest-and-head-sweep.jsonl": (59, 30, 0),
}

EMERGENCIES = [
    "怀孕28周，开车被追尾了，安全带勒着肚子",
    "怀孕33周，肚子一阵一阵发紧，每十分钟一次",
    "32 weeks and having contractions every ten minutes",
    "老婆要生了，说忍不住要用力，看到头了",
    "my wife's in labour in the car, I can see the head",
    "怀孕31周，刚才下面一直流水，不是尿",
    "突然右下腹剧痛，痛到一直吐，月经刚干净",
    "心跳忽快忽慢，刚才差点晕倒",
    "heart racing and fluttering, nearly passed out in the shop",
    "心跳好快停不下来，一个多钟头了",
    "my heart has been racing for over an hour and won't slow down",
    "做完髋关节手术一周，腿肿，走两步就喘",
    "flew back from LA, leg swollen and now chest feels tight",
    "俺娘半拉身子不听使唤了",
]
LOOK_ALIKES = [
    ("怀孕39周，肚子每五分钟疼一次", ("OB",)),
    ("怀孕30周想问问早产有什么征兆", ("OB",)),
    ("我成日心跳得好快，焦虑症", ("PSY", "CARD")),
    ("喝了咖啡心跳很快，一个钟头了", ("CARD",)),
    ("心慌了一下，没晕", ("CARD",)),
    ("牙疼三天，半拉脸都肿了", ("DENT",)),
    ("Need a fit-to-fly letter, she is 30 weeks", ("OB",)),
    ("semen analysis where do I go", ("REPRO", "URO", "LAB")),
    ("我心律唔齐，想覆诊", ("CARD",)),
    ("where do I claim insurance for the maternity bill", ("INSUR", "BILL")),
]


TestTheme = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES)
