"""Four general days written blind in the session that began at `53e9857`, the fourth round (a
Saturday in Lijiang, a Thursday in Changhua, a night shift in Kwai Chung, a smoggy Tuesday in
Tangshan; 60 complaints each, 27 Simplified, 18 Traditional, 15 English, 20 emergencies). First
read on `c398be8`: top-1 53, 54, 54 and 54 of 60 (215 of 240, 89.6 %), 74 of 80 emergencies
(92.5 %), 3 false alarms of 160 (1.9 %). Read then: 58, 57, 58 and 58 (231), 80 and none (the
floors below).

Red flags: a Cantonese thunderclap, "好似俾人用锤仔扑咗一下", the worst pain of her life; a
hiker who slid off the trail onto his back, "两只脚都没有感觉"; plating liquid, an acid,
splashed in a worker's eyes (a chemical); a fifteen-year-old with her mother's sleeping-pill jar
found empty (整罐空空的); molten iron (铁水) over a leg, the trousers stuck to the flesh; a
boy who drank a glaze thinner, coughing and sleepy.

False alarms: a bottle that "said POISON on it", never touched; "passed out on the sofa for 12
hours haha"; "the air here is basically poison lol".

Desks: a bill that nearly gave him a heart attack (心脏病都要给我吓出来了); copies of the notes
for a travel insurer (records); a horse fall last week, the X-ray "冇断骨", a bruise and a
follow-up asked (orthopaedics; imaging is not asked for); a records copy for a work-injury claim
(records); a slip down the stairs (跣亲); a mother who forgets (好大忘记, the stove left on); the
outpatient chronic-disease scheme (门诊慢性病) of the insurance.

Left: a toddler's bump after rolling off the bed (surgery's lump; labelled paediatrics); a liver
test a mother insists on (gastroenterology's liver word; labelled the check-up); a neighbour's
pesticide poisoning and a check (admissions, by the word 住院); fainted at last week's blood
test (neurology; labelled the laboratory); a receipt kept until the health card comes (billing;
labelled insurance); a diagnosis certificate to be stamped (records; labelled the service
counter); yesterday's fever gone in a five-year-old (the pharmacy by the word 药; labelled
paediatrics); blood lead as a check-up (the laboratory and the check-up tie).
"""

from tests.triage.taught_batches import taught_theme_tests

EMERGENCIES = [
    ("個頭突然好似俾人用棍扑咗一下，人生最痛嘅一次", 45),
    ("行山嘅時候滑咗落山坡，背脊着地，兩隻腳都沒有感覺", 30),
    (
        "plating solution splashed in her eyes at the factory, she cannot open them, very burning",
        28,
    ),
    ("女儿房间里的安眠药瓶子空了，她说吃了一个钟头了，现在一直睡", 16),
    ("炼钢的时候铁水溅到他腿上，一大片，裤子粘在肉上", 40),
    (
        "my daughter drank from a bottle, it was turps thinner for my paints, now coughing and drowsy",
        3,
    ),
]
LOOK_ALIKES = [
    (
        "The tin said POISON on it but I never touched it, I'm fine, is it safe in pregnancy?",
        ("OB",),
        30,
    ),
    (
        "After the night shift I passed out on the couch for ten hours, now my wife says I stop breathing when I snore",
        ("ENT", "RESP"),
        45,
    ),
    (
        "my friend says the air in this city is literally poison lol, sore throat since yesterday",
        ("ENT",),
        30,
    ),
    ("看到缴费单心脏病都要吓出来了，这么贵能分开交吗", ("BILL",), 55),
    ("I need copies of my notes for my insurer, where do I go?", ("RECORDS",), 40),
    ("上星期跌亲，照过X光话冇断骨，而家仲有啲瘀，使唔使覆诊？", ("ORTHO",), 50),
    ("以前喺度做过手指手术，公司要病历复印件申请工伤，去边度攞？", ("RECORDS",), 40),
    ("寻日落楼梯跣亲，膝头瘀咗少少，行路冇问题", ("ORTHO",), 65),
    ("阿爸好大忘记，煲完汤唔记得熄炉", ("NEURO", "GERI"), 82),
    ("我有糖尿病，想办门诊慢性病，医保能多报点，去哪办？", ("INSUR",), 60),
]

TestHeldOutLijiangChanghuaKwaiChungTangshan = taught_theme_tests(
    {
        "routing-lijiang-saturday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-changhua-thursday-held-out-sweep.jsonl": (57, 20, 0),
        "routing-kwai-chung-wednesday-held-out-sweep.jsonl": (58, 20, 0),
        "routing-tangshan-tuesday-held-out-sweep.jsonl": (58, 20, 0),
    },
    EMERGENCIES,
    LOOK_ALIKES,
    per_sweep=20,
)
