"""The wrong desks of the one hundred and thirtieth to the one hundred and thirty-third
hand-written files (60 complaints each, written blind): every first-run miss that was no emergency
and whose engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit f71e8df): 3, 2, 1 and 3 wrong desks of this kind (9, all taught here).

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- periods that never started in a teenage girl (没来过月经, 那个还没来过, never had a period):
  gynaecology's;
- bruising easily with bleeding gums or for no reason ("I bruise so easily"): the blood clinic's,
  not the skin's ("purple patches") or the dentist's; a knock denied (也没撞到) is no knock;
- a blood test asked for with its measures named (liver function, cholesterol): the lab's; the
  same measures with a heart story, a medicine or a high result stay the clinic's;
- a fasting test's preparation asked (a glucose tolerance test; may I drink water, brush my
  teeth): the lab's, not diabetes' or the dentist's;
- a caesarean's wound a little red or itchy (开刀生BB, 剖腹产, C-section): obstetrics';
- seasickness or carsickness with a remedy wanted (晕船, 晕浪, seasick patches): the GP's, not
  the skin's;
- watery diarrhoea with the trips to the toilet counted (拉的全是水, 跑了几趟厕所): the gut's, not
  the helpdesk's;
- a lump on the side of the neck with tiredness (颈侧边有粒嘢, 好攰): the blood clinic's (a lymph
  node);
- belly pain that began at the navel and settled low on the right, worse on walking (Indian
  English "paining"): general surgery's (appendicitis);
- a toddler late to talk who does not answer to his name (叫他也不理, 喊他没反应): child health's, a
  developmental worry; after a fall, a fever or a fit he stays the emergency's;
- Cantonese 头先 (a moment ago) is no head ("阿妈头先话胸口痛" is a chest, not a headache); where
  the head goes or hurts first (头先着地, 头先痛) it stays the head. A positive pregnancy test
  said in Cantonese (验到有咗) is a positive test for the ectopic red flag (a case caught only
  through 头先's head is caught for its own reason).
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "periods that never started in a teenage girl (gynaecology)": [
        ("我女儿十五岁了，月经一次都没来过，要不要查一下", ("GYN", "ENDO"), 15),
        ("孫女十六歲了那個還沒來過，家裡大人很擔心", ("GYN", "ENDO"), 16),
        ("個女十六歲，月經仲未嚟過，使唔使睇醫生", ("GYN", "ENDO"), 16),
        ("my daughter is 16 and has never had a period, should she be seen", ("GYN", "ENDO"), 16),
    ],
    "bruising easily with bleeding gums (the blood clinic)": [
        ("最近身上老是青一块紫一块，刷牙牙龈也出血，不知道怎么回事", ("HEME",), 30),
        ("手腳常常瘀青，也沒撞到，刷牙牙齦會出血", ("HEME",), 35),
        ("I bruise so easily these days and my gums keep bleeding", ("HEME",), 28),
        ("lately I get bruises for no reason, big purple patches on my legs", ("HEME",), 40),
    ],
    "a blood test asked for with its measures named (the lab)": [
        ("我想抽个血，单位要我查肝功能和血脂", ("LAB",), 35),
        ("請問可以抽血嗎？公司要看肝功能跟膽固醇", ("LAB",), 40),
        (
            "I'd like a blood test please, my insurer wants my cholesterol and liver function",
            ("LAB",),
            45,
        ),
    ],
    "a fasting test's preparation asked (the lab)": [
        ("后天做糖耐量试验，要空腹，早上能不能喝口水", ("LAB", "OB"), 28),
        ("明天抽血要空腹，刷牙會不會影響", ("LAB",), 40),
        (
            "I have a glucose tolerance test tomorrow and must be fasting, can I drink water before",
            ("LAB", "OB"),
            30,
        ),
    ],
    "a caesarean's wound a little red or itchy (obstetrics)": [
        ("剖腹产三个礼拜了，刀口有点红有点痒", ("OB", "GYN"), 32),
        ("開刀生仔十日，傷口有啲痕，想人睇下", ("OB", "GYN"), 30),
        ("I had a c-section ten days ago and the wound is a bit red and itchy", ("OB", "GYN"), 34),
    ],
    "seasickness or carsickness with a remedy wanted (the GP)": [
        ("坐船老是晕船，明天还要出海，有没有什么药", ("GP", "PHARM"), 50),
        ("我好易暈浪，下個禮拜坐郵輪，想攞啲藥", ("GP", "PHARM"), 60),
        ("I get carsick on long trips, is there something I can take", ("GP", "PHARM"), 40),
        ("seasick on the cruise and my motion sickness patches are finished", ("GP", "PHARM"), 65),
    ],
    "watery diarrhoea with the trips to the toilet counted (the gut)": [
        ("吃了路边摊以后跑了五六趟厕所，拉的全是水", ("GI", "GP"), 25),
        ("昨晚上了十幾次廁所，拉出來像水一樣，肚子絞痛", ("GI", "GP"), 30),
        ("since lunch I've had watery diarrhoea six times and cramps", ("GI", "GP"), 35),
    ],
    "a lump on the side of the neck with tiredness (the blood clinic)": [
        ("最近老是很累，脖子侧面摸到一个小包，不痛", ("GP", "ENT", "HEME"), 30),
        ("頸側邊有粒嘢成個月，又成日好攰", ("GP", "ENT", "HEME"), 28),
        (
            "I've been exhausted for weeks and found a painless lump on the side of my neck",
            ("GP", "ENT", "HEME"),
            26,
        ),
    ],
    "belly pain from the navel to the lower right (general surgery)": [
        (
            "my stomach pain started around the navel and now it is paining on the lower right",
            ("GS", "ER"),
            22,
        ),
        (
            "lower right side of my belly is paining since night, worse when I walk",
            ("GS", "ER"),
            25,
        ),
        ("肚子先是肚脐周围痛，后来转到右下边，走路更痛", ("GS", "ER"), 20),
    ],
    "a toddler late to talk who does not answer to his name (child health)": [
        ("儿子两岁半了说话比同龄人晚，喊他也没反应", ("CHILD", "PSY"), 2),
        ("女兒快三歲講話很慢，叫她也不理，只顧自己玩", ("CHILD", "PSY"), 2),
        (
            "my son is nearly three, barely talks and doesn't respond when we call him",
            ("CHILD", "PSY"),
            2,
        ),
    ],
    "Cantonese 头先 is a moment ago, not the head (the complaint's own desk)": [
        ("阿爸頭先話心口痛，而家好返啲", ("CARD", "ER"), 60),
        ("我头先去完厕所，发现小便有血", ("URO",), 45),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # A late period in a woman; irregular periods.
    ("月经推迟了十天，验孕是阴性", ("GYN",), 30),
    # Bleeding gums alone are the dentist's; a bruise after a knock is no blood disorder.
    ("刷牙的时候牙龈出血", ("DENT",), 30),
    ("I bumped my shin on the table and it's bruised", ("ORTHO", "GS", "DERM", "GP"), 30),
    ("摔了一跤，腿上一大块淤青", ("ORTHO", "GS"), 40),
    # Cholesterol checked for a heart story, or its medicine, stays the heart's.
    ("heart disease runs in my family, I want my cholesterol checked", ("CARD", "PREV", "GP"), 45),
    ("I need my cholesterol medicine reviewed", ("CARD",), 60),
    ("体检说肝功能异常，转氨酶高", ("GI",), 40),
    # Diabetes itself is the endocrine clinic's; a toothache the dentist's.
    ("我有糖尿病，最近血糖控制不好", ("ENDO",), 55),
    ("刷牙时牙齿很痛", ("DENT",), 30),
    # A wound after another operation stays surgery's.
    ("阑尾手术后伤口有点红", ("GS",), 30),
    # The room spinning is dizziness (vertigo), not seasickness.
    ("一转头就天旋地转", ("NEURO", "ENT"), 55),
    # A rash in patches stays the skin's.
    ("I have itchy red patches on my arms", ("DERM",), 30),
    # Where the toilet is stays the helpdesk's; getting up at night to pee the urologist's.
    ("请问厕所在哪里", ("CS",), 40),
    # A lump at the front of the neck that moves on swallowing (thyroid).
    ("脖子前面有个肿块，吞口水会动，甲状腺", ("GS", "ENDO", "ENT"), 45),
    # A toddler's words only, nothing about his name.
    ("孩子两岁还不会说话", ("CHILD",), 2),
    # Cantonese 头先 with the head first, or a headache first, stays the head.
    ("头先痛，后来肚子也痛", ("NEURO", "GI"), 40),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("孩子说话晚，今天从沙发上摔下来，叫他也不理", 2),
    ("孩子两岁还不会说话，发烧一天了，现在叫他也不理", 2),
    ("my toddler barely talks, he fell off the bed and now doesn't respond", 2),
    ("从楼梯上摔下来，头先撞到地上，现在一直吐", 40),
    ("我老公頭先講嘢講唔清楚，半邊手冇力", 70),
    ("老婆驗到有咗，頭先肚好痛，仲話頭暈", 30),
    ("剖腹产后一个礼拜，刀口流脓，发烧到三十九度，神志不清", 32),
    ("拉的全是水，拉了一整天，现在站起来就晕倒了", 70),
    (
        "lower right belly pain since morning, now my whole belly is rigid and I have a high fever",
        25,
    ),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
