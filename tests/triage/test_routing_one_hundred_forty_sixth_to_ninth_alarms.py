"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 146th to 149th hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- A fever said as the body burning hot (滚烫, 浑身发烫, "boiling hot") beside confusion: sepsis
  or encephalitis.
- Vomiting or diarrhoea with no urine passed all day (一整天没小便, "hasn't passed any urine"):
  drying out, an old person's above all.
- Something exploding in the face (a firework, a firecracker) with the eye bleeding or blind: an
  eye injury for the emergency department.
- A heavy thing overturned or fallen onto the chest (压到胸口, "rolled onto his chest"), then
  breathless, panting or with dark lips: chest trauma.
- A pregnancy said as 身孕 (one word in "六个月身孕") or in Cantonese (有咗, 怀咗) with the bleeding
  said as "it's blood" or trousers soaked: bleeding in pregnancy.
- An older person's slip (滑了一跤, 跣咗一跤) that left her unable to get up, or with a leg short
  and turned out: a broken hip.
- Calm: many medicines (一大把药) told beside chronic diseases, with no swallowing, ask for a
  review; a chest burning after meals or lying down is heartburn, not a burn; another's fatal
  heart attack told to ask for one's own heart check is a check-up.

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0088: on ea5cd92 they read 222 of 240, 74 of
80 emergencies, 3 of 160 false. With this module's change (migration 0091) 231, 80, 0. This
module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_forty_sixth_to_ninth")

EMERGENCIES = {
    "a fever said as a body burning hot, with confusion (sepsis, encephalitis)": [
        "他拉了一天肚子又吐，现在浑身滚烫，说胡话，不认得人",
        "室友吐了一整天，现在全身发烫，问他在哪里都答不上来",
        "阿仔成日嘔，而家成身滾熱，講嘢亂晒，唔知自己喺邊",
        "她吐了一天，現在額頭好燙，胡言亂語，不知道自己在哪",
        "my flatmate has been sick since this morning, now he's boiling hot and doesn't know where "
        "he is",
        "she's burning hot and confused, keeps saying strange things",
    ],
    "vomiting or diarrhoea with no urine passed (drying out)": [
        "奶奶从昨天开始吐，一整天都没小便，人也没精神",
        "外公拉肚子两天，一整天没尿，叫他反应慢",
        "婆婆嘔咗成晚，成日都冇小便，好眼瞓",
        "阿公吐了一整天，一天都沒有小便",
        "my nan has been vomiting since yesterday and hasn't passed any urine all day",
        "he's 90, been throwing up all night, no wee all day and he's very drowsy",
    ],
    "a blast in the face with the eye bleeding or blind": [
        "放鞭炮的时候炸到眼睛，眼睛一直流血",
        "烟花在他脸上炸开了，左眼看不见东西",
        "玩炮仗炸親隻眼，睇唔到嘢",
        "放煙火時眼睛被炸傷，一直流血",
        "a firecracker exploded near his face and now his eye is bleeding",
        "the rocket went off in her face, she can't see out of her left eye",
    ],
    "a heavy thing onto the chest, then breathless or dark lips (chest trauma)": [
        "工地的钢板倒下来压到他胸口，一直喘，嘴唇发紫",
        "拖拉机翻了压住他胸口，喘得很厉害",
        "貨架倒咗壓住佢心口，一直喘，嘴唇發黑",
        "機車翻倒壓到他的胸口，一直喘，說話斷斷續續",
        "the tractor rolled onto his chest, he's gasping and his lips are going dark",
        "a pallet fell across her chest and she's panting, can't finish a sentence",
    ],
    "a pregnancy said as 身孕 or 有咗 with bleeding (bleeding in pregnancy)": [
        "我太太有五个月身孕，刚才开始流血，裤子都湿了",
        "她有七个月的身孕，下面出血了",
        "老婆有咗五個月，頭先肚痛，一褲血",
        "佢有咗廿幾個禮拜，裤都湿晒，系血嚟",
        "我老婆懷咗七個月，突然流血",
        "she's five months pregnant, her belly hurts and her trousers are soaked with blood",
    ],
    "an older person's slip that left her unable to get up or with a leg short and turned out": [
        "我爸在浴室滑了一跤，起不来了",
        "奶奶在厨房滑了一跤，左腿短了一截，脚往外撇",
        "阿嫲喺廁所跣咗一跤，起唔到身",
        "外婆在浴室滑了一跤，右腳看起來短一截，往外翻",
        "grandad slipped in the shower, his left leg looks shorter and turned out",
    ],
}

NOT_EMERGENCIES = {
    "many medicines told beside chronic diseases (a review, no overdose)": [
        "我爸七十多了，高血压冠心病，每天一大把药，想让医生帮他理一理",
        "外婆糖尿病高血脂，一大堆药，最近走路没力气，想整体看看",
        "阿爺有三高，一大把藥，想搵個醫生幫佢睇晒",
        "my grandma is on a whole bag of pills for her blood pressure and sugar, can someone review "
        "them all",
    ],
    "a burning chest after meals or lying down (heartburn)": [
        "every time I eat my chest burns, worse when lying down at night",
        "burning in my chest after eating, especially spicy food, for a month",
        "吃完饭胸口就烧得慌，躺下更厉害",
        "食完飯心口熱辣辣，瞓低仲辛苦",
    ],
    "another's fatal heart attack told to ask for one's own check": [
        "同事上周心梗去世了，我有点害怕，想查查心脏，现在没什么不舒服",
        "舅舅心梗走了，我也想做个心脏检查",
        "朋友心梗過身，我想檢查下個心",
        "my colleague died of a heart attack last week, I feel fine but want my heart checked",
    ],
    "a slip without harm, a fever with a clear head": [
        "奶奶在浴室滑了一跤，没事，就是膝盖擦破了点皮",
        "孩子发烧38度，浑身发烫，精神还好",
        "she's burning hot with a fever but chatting normally",
    ],
}

STILL_EMERGENCIES = [
    # Many medicines swallowed at once stay an overdose, whatever illness is named before.
    "外公有糖尿病，一大把药全吞了",
    "阿爺有高血壓，一大把藥食晒落肚",
    "爷爷有高血压，刚才把一大把药都吃了，现在叫不醒",
    "she swallowed a handful of her tablets on purpose",
    # A chest pain of one's own stays the heart, whoever else died.
    "邻居心梗走了，我现在胸口压着痛，出冷汗",
    "I'm having a heart attack, crushing chest pain",
    # A burn on the chest stays a burn.
    "boiling water spilled all over her chest, big blisters",
    # A pregnancy with heavy bleeding said plainly stays.
    "怀孕六个月，流了很多血",
]

AT_THEIR_DESK = [
    ("我爸七十多了，高血压冠心病，每天一大把药，想让医生帮他理一理", ("GERI", "GP", "CARD")),
    ("阿爺有三高，一大把藥，想搵個醫生幫佢睇晒", ("GERI", "GP", "CARD", "ENDO")),
    ("every time I eat my chest burns, worse when lying down at night", "GI"),
    ("burning in my chest after eating, especially spicy food, for a month", "GI"),
    ("吃完饭胸口就烧得慌，躺下更厉害", "GI"),
    ("同事上周心梗去世了，我有点害怕，想查查心脏，现在没什么不舒服", ("CARD", "PREV")),
    ("舅舅心梗走了，我也想做个心脏检查", ("CARD", "PREV")),
    (
        "my colleague died of a heart attack last week, I feel fine but want my heart checked",
        ("CARD", "PREV"),
    ),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
