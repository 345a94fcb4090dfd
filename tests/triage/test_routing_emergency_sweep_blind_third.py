"""The third emergency sweep written blind (150 complaints: 100 injuries in ten families — road
crashes, falls from a height, stab or penetrating wounds, crush and trapped limbs, fingers cut off
or degloved, a neck or spine hurt with numb or weak limbs, eye injuries, severe animal attacks,
electric shock, drowning — and 50 look-alikes), its missed emergencies and false ones taught by
family (concept, composition, context), never by a file's sentence.

First run (the base commit): 76 of 100 emergencies, 3 of 50 false (top-1 116 of 150, 8
fallbacks); with this module's change (migration 0117) 100 of 100, 0 of 50 (top-1 141 of 150,
4 fallbacks). No false alarm is kept and no emergency is judged mislabelled.

Why the emergencies missed:

- A neck or spine hurt (six): the neck told a clause after the fall or the tackle (跌咗一跤，跟住
  话条颈好痛; 压底下了，起来脖子嘎巴响), and the arms said as both hands numb (两只手麻, 手好似
  戴住手套咁麻, 揸唔实), 俩胳膊没劲, arms 'tingly' and weak; a wardrobe onto the back and legs
  'not his own' or pinched without pain; a rugby tackle and a spinal board.
- A head injury (an e-scooter into the kerb): snoring and not to be woken, one pupil bigger than
  the other; no rule read either sign.
- The eye: struck by a slingshot (打着), a ball (砸了右眼), a stone thrown up by a strimmer, a
  nail bounced in (弹咗入); sight said as 一片黑, 帘子, blood in the iris, clear fluid running out;
  bleach told a clause before it was sprayed into the eye.
- Stab and penetrating: blood spurting (往外呲) and a towel soaked through (捂着都透了); a steel
  bar through the belly (穿过去) and a speargun's spear (射进) were no object driven in; a foot
  with no pulse told as 摸不到脚背的脉搏.
- Crush and trapped: a foot trapped by an escalator (夹住) and then cold and white with no beat;
  a calf crushed and hours later hard as stone with numb toes (compartment syndrome) had no rule.
- Fingers: a piece fallen off and picked up (掉了一小截); the skin torn off whole by a mincer or
  a press (皮全翻起来, 皮成个甩晒, tendons seen: degloved) had no rule.
- Animals: a bull's horn into the belly with the bowel out; a dog's bite on a small child's
  neck (颈子, Sichuan) with a hoarse cry and noisy breathing.
- Electric shock: the plug said in Cantonese (插苏); a toddler biting through a live charger
  cable, with a burn at the mouth and floppy.

Why the false ones fired:

- A box dropped on a toe three weeks ago, the X-ray fine, still a bit numb: 'fell' and 'numb'
  were a fall with numb limbs.
- A socket's tingle days ago that went at once, 'nothing wrong now': a shock from a socket.
- A drowning first-aid course for a workplace: 溺水 alone was a drowning.

Left as they are: the sweep's nine top-1 misses are no emergency question (a crash's fear, an
old door-shut nail, a toe's numbness, a hand surgeon's clinic, an old amputation's pain, a dog
bite's scar, the fear of dogs, tingling hands, the first-aid course) and go to a calm desk other
than the one the writer chose. Every wording in the tables is our own, in Simplified and
Traditional Chinese (with Cantonese) and in English.
"""

from tests.triage.taught_batches import alarm_family_tests, sweep_tests

SWEEP = "routing-emergency-sweep-blind-third.jsonl"

EMERGENCIES = {
    "a neck hurt in a fall, a tackle or a blow, then both arms or hands numb or weak": [
        "我爸从梯子上摔下来，脖子先着地，两只手都麻了",
        "踢球让人铲倒压在底下，起来脖子咔嚓响了一声，俩胳膊没劲",
        "外婆在浴室跌倒，之后颈好痛，双手麻木拿不住东西",
        "阿爺喺樓梯跌落嚟，條頸好痛，兩隻手冇力",
        "he fell off the trampoline onto his head, his neck hurts and his arms are tingly",
    ],
    "something heavy onto the back, then legs not one's own": [
        "柜子倒在他背上，他说两条腿跟不是自己的一样",
        "铁架子砸在背上，掐他的腿都不知道疼",
        "my son was tackled in rugby and now he can't feel his legs",
    ],
    "a head injury, then one pupil bigger or a snoring sleep": [
        "他骑车摔了撞到头，现在一边瞳孔比另一边大",
        "老爸从楼梯上栽下来，现在叫他光打呼噜，叫不醒",
        "佢跌親個頭，而家瞳孔一大一細，叫極都唔醒",
        "she fell and hit her head, now one pupil is bigger than the other",
    ],
    "an eye struck, sight gone or blood inside": [
        ("孩子被弹弓打着眼睛了，现在看不见东西", 9),
        "干活的时候石子儿崩到眼睛上，眼前一片黑",
        "被网球砸了左眼，现在左眼什么都看不见",
        "打釘嗰陣有粒釘彈咗入隻眼，睇唔到嘢",
        "a stone flew up from the strimmer and hit my eye, now I cannot see out of it",
    ],
    "a chemical told a clause before the eye": [
        "儿子玩消毒液，喷到眼睛里了，眼睛睁不开",
        "洗廁所用嘅漂白水，濺到眼入面",
    ],
    "blood spurting or soaked through": [
        "菜刀切到手腕，血往外呲，止不住",
        "腿上划了个大口子，毛巾按着都透了",
        "the cut on his arm is spurting blood",
    ],
    "a bar, a spear or a horn driven through": [
        "工地上钢管从他大腿穿过去了",
        "被弩箭射进了肩膀",
        "他让牛角顶了，牛角扎进大腿里",
        "a spear from a speargun went through his calf",
    ],
    "a limb trapped, then cold with no pulse": [
        ("孩子的手被电梯夹住了，拽出来以后手冰凉发白", 6),
        "腿被机器卡住了好久，拉出来以后脚背摸不到脉",
    ],
    "a limb crushed, then hard as stone and numb": [
        "被钢板砸了小腿，现在小腿硬邦邦的，脚麻了",
        "手臂被机器压了一下，几个钟头后绷得紧紧的，越来越痛",
        "a pallet fell on his leg this morning and now the calf is rock hard and his foot is numb",
    ],
    "a finger cut off, or its skin torn off by a machine": [
        ("小孩的手指被门夹断了一截，我们把那截捡起来了", 4),
        "手卷进机器里，手指的皮整个翻起来了",
        "壓面機壓咗隻手，啲皮成個甩晒",
        "his hand got caught in the machine and the skin of two fingers was degloved",
    ],
    "the bowel out of a wound": [
        "打架被捅了一刀，肠子露出来了",
        "he was gored by a bull and his guts are hanging out",
    ],
    "a dog's bite on the neck": [
        ("孩子被狗咬到脖子，好几个洞，一直流血", 5),
        ("狗咬咗個仔條頸，出血，聲都沙埋", 6),
        ("the neighbour's dog bit my daughter on the neck and she is bleeding a lot", 7),
    ],
    "a plug in Cantonese, a child biting a live cable": [
        "佢濕手拔插蘇，俾電親，而家心口好翳",
        ("宝宝咬了插着电的充电线，嘴角黑了一块，现在没精神", 2),
        (
            "my son chewed through the lamp cable while it was plugged in, he has a burn on his lip",
            3,
        ),
    ],
}

NOT_EMERGENCIES = {
    "a neck that cracks, and tingling with no blow": [
        "脖子一转就咔嚓响，手指头有点发麻",
        "颈椎病好多年了，最近两只手麻",
        "my neck clicks when I turn it and my fingers tingle sometimes",
    ],
    "a knock long past, an X-ray fine": [
        "三周前被箱子砸了脚趾头，拍片没事，现在还有点麻，正常吗",
        "A shelf fell on my foot two weeks ago, the x-ray was fine, still a bit numb",
    ],
    "snoring and pupils in the calm": [
        "我老公晚上睡觉打呼噜特别响，要看哪个科",
        "我从小一边瞳孔比另一边大，想查查",
    ],
    "a socket's tingle that went at once": [
        "昨天手碰到插座麻了一下，当时就好了，现在啥事没有",
        "摸了一下插头有点电，一下就好了，要不要紧",
    ],
    "a first-aid course and cover": [
        "公司想组织学溺水急救，医院能不能派人讲课",
        "暑假防溺水讲座可以请医生来吗",
    ],
    "the skin peeling, a machine's old scar": [
        "手指脱皮，皮都翻起来了，是不是湿疹",
        "以前被机器压过手，现在疤痕有点痒",
    ],
    "a bite healed, a cramp": [
        "上个月被狗咬了脖子，已经好了，疤能祛吗",
        "小腿抽筋，硬得跟石头一样，疼了一会儿",
    ],
}

# The red flags beside the look-alikes, which must still fire.
STILL_EMERGENCIES = [
    "摔倒后手脚麻木动不了",
    "跳水撞到池底，脖子疼，手脚发麻",
    "车祸以后两条腿没知觉",
    "摔倒撞到头，一直吐，很想睡",
    "眼睛被铁屑崩到了，看不清",
    "手指被切断了，断指用冰袋装着带来了",
    "手碰了插座被电了一下，现在心慌胸闷",
    "孩子溺水了，刚捞上来，没有呼吸",
    "被狗咬了，血流不止",
    "钢筋扎进了肚子",
]

# Calm stories, each to its clinic.
CALM = [
    ("脖子一转就咔嚓响，手指头有点发麻", "ORTHO"),
    ("以前被机器压过手，现在疤痕有点痒", ("DERM", "PLAST")),
    ("我老公晚上睡觉打呼噜特别响，要看哪个科", "ENT"),
]

TestAlarmFamilies = alarm_family_tests(EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, CALM)
TestSweep = sweep_tests(SWEEP)
