"""Emergencies said in words no rule held, and calm stories the engine read as emergencies, found by
the 166th to 169th hand-written files and fixed by family (concept, composition, context), never
by a file's sentence.

- Poisoning: a pesticide, rat poison or weedkiller named by what it is for (灭鼠的, 除草的, the
  stuff for killing weeds) with drinking or swallowing said in another clause; a quarrel or
  despair, then a medicine, a bottle or a poison drunk.
- A button battery or magnets swallowed, however long the telling between the verb and the thing.
- Limb threat: a limb crushed, pinned or bent out of shape with the foot or hand beyond it cold,
  white, blue or without feeling.
- Amputation: a part cut off and brought along wrapped, bagged or on ice; a finger nearly off
  said in the next clause (差唔多断咗).
- The worst sudden headache: like a blow from a stick or a bat, or a headache with vomiting and
  a neck gone stiff (a bleed around the brain).
- Spinal injury: a fall or a throw (off a horse, a ladder, the stairs) onto the back or the
  bottom, then numb, tingling or dead legs.
- Stroke said plainly: an arm that will not lift with speech mumbled as if through a mouthful.
- Calm: a forgetful parent's gas left on with nobody unwell (memory, not poisoning); a wisdom
  tooth or one side of the face swelling (the dentist's, not an allergy); a blood sugar that
  "shot up" to some hundreds (endocrinology, not bleeding).

Every wording here is our own, in Simplified and Traditional Chinese and in English.

The four files were written blind after migration 0096: on 62b6a22 they read 219 of 240, 73 of
80 emergencies, 3 of 160 false. With this module's change (migration 0099) 229, 80, 0. This
module holds their per-file gates, which pass once the desks teacher's change is in too.
"""

from tests.triage.taught_batches import alarm_family_tests, file_tests

TestFiles = file_tests("one_hundred_sixty_sixth_to_ninth")

EMERGENCIES = {
    "a pesticide, rat poison or weedkiller drunk, said apart": [
        "my uncle drank something from the shed, the bottle says weedkiller",
        "she swallowed some of it, we think it was the rat bait from the barn",
        "he has drunk a cup of it, the stuff for killing weeds on the farm",
        "爷爷喝了一口，瓶子上写的是除草的",
        "他喝下去小半瓶，是家里灭鼠的药",
        "婆婆吞了几颗，好像是杀老鼠的",
        "佢饮咗啲嘢，個樽係除草的",
        "他喝了半杯，應該是打草的藥",
    ],
    "a quarrel or despair, then a medicine or a bottle drunk": [
        "after an argument with her boyfriend she drank a bottle of something from under the sink",
        "he had a row with his dad and swallowed something from the garage",
        "两口子吵架，她一气之下把药喝了",
        "跟婆婆吵了一架，喝了一瓶子不知道什么药",
        "儿子跟他爸吵嘴，把地里打虫的药喝了",
        "同老公嗌交之後飲咗藥",
        "跟男朋友吵架以後把藥喝了，瓶子在這裡",
    ],
    "a button battery or a magnet swallowed, told at length": [
        "my toddler swallowed one of the flat little batteries out of the kitchen scale",
        "she swallowed a couple of those tiny shiny magnets from her brother's building set",
        "孩子好像吞了体温计里那种扁扁的小电池",
        "宝宝把玩具里拆出来的那颗小电池吞下去了",
        "個仔吞咗粒手錶入面嘅電池",
        "小孩把兩顆小磁鐵吞進去了",
    ],
    "a limb crushed or bent, with the foot or hand beyond cold, white or numb": [
        "a pallet fell on his leg, it's bent the wrong way and his foot is cold",
        "her arm got trapped in the machine, it looks bent and she can't feel her hand",
        "his leg was pinned under the tractor, now his foot is white and he can't move his toes",
        "货车把他的腿压了，脚发紫了",
        "他的小腿被石板压住，腿弯了，脚没有感觉",
        "手臂变形了，手冰凉",
        "條腿俾機器壓住，變晒形，只腳冇感覺",
        "他的腿被鐵板壓了，腳發白",
    ],
    "a part cut off and brought along": [
        "he cut off the tip of his finger on the bandsaw, we brought the piece in a bag of ice",
        "the bit that came off is wrapped in a wet cloth, it's her thumb",
        "切菜把手指头切掉了一截，切下来的我用保鲜袋装着",
        "机器把他的大拇指切断了，断的那截我们包好带来了",
        "手指俾刀切咗落嚟，斷咗嗰截我哋用冰袋裝住",
        "他的食指被切斷，斷下來的那截用毛巾包著",
    ],
    "a finger or a limb nearly off": [
        "his finger is practically off after the saw slipped",
        "被门夹到，手指差不多断了",
        "手指俾機器夾到，差唔多斷咗",
    ],
    "the worst sudden headache: like a blow, or with vomiting and a stiff neck": [
        "a headache came on all at once, like someone hit me with a baseball bat",
        "she got a headache, then threw up twice and her neck is stiff",
        "头突然痛得像被人打了一棒",
        "老妈说头痛，吐了两次，脖子发硬",
        "头好痛，好似俾人打咗一棍咁",
        "頭痛，之後嘔咗，條頸好硬",
        "他說頭很痛，吐了，脖子僵",
    ],
    "a fall or a throw onto the back, then numb legs": [
        "he fell off the ladder onto his back and now his legs are tingling",
        "the horse bucked her off, she landed on her spine and can't feel her legs",
        "从马上摔下来，背着地，两条腿发麻",
        "爸爸从屋顶摔下来，腰先着地，现在腿没知觉",
        "喺樓梯跌落嚟，背脊着地，對腳好麻",
        "他騎馬被甩下來，屁股着地，腿麻",
    ],
    "a weak arm that won't lift, with mumbled speech (stroke)": [
        "dad suddenly can't lift his right arm and he's mumbling",
        "her arm won't lift and she sounds like she has a mouthful of marbles",
        "奶奶的手突然抬不起来，说话像嘴里含着东西",
        "爷爷右手举不起来，讲话含含糊糊的",
        "阿嫲只手舉唔起，講嘢含住嘢咁",
        "爸爸手臂抬不起來，說話大舌頭",
    ],
}

NOT_EMERGENCIES = {
    "a pesticide or rat poison near, not drunk; a row with a headache": [
        "I sprayed weedkiller yesterday and my hands itch",
        "my dog ate some rat bait, where is the vet",
        "喷农药的时候沾到手上了，洗了手，有点痒",
        "家里要灭鼠，用什么药对小孩安全",
        "跟老公吵架以后头痛，吃了一片止痛药",
        "和女朋友吵了一架，喝了半瓶酒，现在头晕想睡",
        "we had a row and now I can't sleep, I need someone to talk to",
    ],
    "a battery changed or asked about": [
        "my hearing aid batteries run out every week, where can I buy them",
        "how do I change the battery in my glucose meter",
        "万一孩子吞了电池怎么办",
        "助聽器的電池要去哪裡換",
    ],
    "an old bent leg, cold feet in winter, a leg slept on": [
        "I broke my leg years ago and it's a bit bent, my feet get cold in winter",
        "my leg went numb after I slept on it, now it's fine",
        "小时候腿摔断过，有点弯，冬天脚冰凉",
        "坐久了腿压麻了，脚没感觉，站一会就好",
    ],
    "a headache with a stiff neck from sleeping or a migraine": [
        "my migraine came back, I threw up and my neck is stiff",
        "偏头痛又发了，吐了一次，脖子也硬",
    ],
    "an old fall, sciatica, a numb leg from sitting": [
        "I fell off a horse years ago and my legs go numb when I sit a long time",
        "腰间盘突出，腿麻，想挂号",
        "坐久了屁股和腿发麻",
    ],
    "a sore shoulder that won't lift; lifelong unclear speech": [
        "肩周炎，胳膊抬不起来",
        "孩子从小大舌头，说话不清楚，手没事",
    ],
    "a forgetful parent with the gas left on; a wisdom tooth; a sugar in the hundreds": [
        "my mum keeps forgetting things, she left the gas on twice and hides her purse, is it "
        "dementia",
        "老爸最近记性很差，煤气开了忘记关，东西乱放，是不是痴呆",
        "阿媽成日唔記得嘢，煤氣開咗唔記得閂，係咪老人痴呆",
        "智齿发炎，半边脸都肿了，吃了布洛芬",
        "智齒腫起來，一邊臉痛",
        "爸爸有糖尿病，血糖最近飙到三百多，药快吃完了",
        "我血糖一直飆到兩百多，想看新陳代謝科",
    ],
}

STILL_EMERGENCIES = [
    "跟老婆吵架以后喝了农药",
    "忘了关煤气，全家人头晕呕吐",
    "煤气开着忘了关，一家人都头晕呕吐",
    "吃了虾以后嘴唇和舌头肿起来，喘不上气",
    "血从伤口飙出来，止不住",
    "sudden worst headache of my life",
    "dived into shallow water and now his arms are numb",
]

AT_THEIR_DESK = [
    ("老爸最近记性很差，煤气开了忘记关，东西乱放，是不是痴呆", ("NEURO", "GERI", "PSY")),
    ("智齿发炎，半边脸都肿了，吃了布洛芬", ("DENT",)),
    ("智齒腫起來，一邊臉痛", ("DENT",)),
    ("爸爸有糖尿病，血糖最近飙到三百多，药快吃完了", ("ENDO",)),
    ("我血糖一直飆到兩百多，想看新陳代謝科", ("ENDO",)),
]


TestAlarmFamilies = alarm_family_tests(
    EMERGENCIES, NOT_EMERGENCIES, STILL_EMERGENCIES, AT_THEIR_DESK
)
