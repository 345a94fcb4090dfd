"""Four hand-written files, the one hundred and second to the one hundred and fifth (60 complaints
each, 20 emergencies), written blind and committed as written: routing-one-hundred-second-
handwritten.jsonl … routing-one-hundred-fifth-handwritten.jsonl. This module holds their per-file
gates, their emergencies and their false alarms (the wrong desks are the desks teachers').

First run, on commit c1f1cd6 (the round's start): top-1 55, 52, 55, 52 of 60 (214 of 240); 72 of
80 emergencies; 3 of 160 false alarms. After this module's change, with the desks teachers' (as
measured when it was written): top-1 60, 60, 60, 60 (240 of 240); emergencies 20, 20, 20, 20 (80
of 80); false alarms 0, 0, 0, 0. Every case file's top compared with the engine of bb2bf31 (c1f1cd6
and these four files): 29 better, none worse. The held-out hand-written files (the 39th, 40th,
41st, 48th–50th, 57th–59th): 507 of 540, 174 of 180 emergencies, 4 of 360 false (505, 174, 5
before). The two steps changed are tested here (the vital signs read in the text, through the
engine, in the tables below) and in test_routing_context_present.py (上礼拜, 上个星期 as the
past); the segmenter's new words in test_routing_fifty_first_to_sixth.py.

Why the eight emergencies were missed, and what was taught (by family, never by sentence):
- "finger oximeter keeps showing 84% … breathing really fast … had covid last week": a reading's
  own words between the oximeter and its number were "is", "shows", "read", not "keeps showing".
  The saturation reads "keeps / kept / keep", "showing", "saying", "still", "stuck", "sitting",
  "hovering", "now", "dropping / dipping / falling / going (down) to", "below", "under" too
  (redflags._SAID["saturation"]);
- "痰是粉红色带泡泡的，躺不下，那个夹手指的仪器显示才七十一": the finger clip named by where it sits
  (夹手指的仪器, 手指上夹的那个机器, 血氧仪, 血氧计; not a finger caught in a door: the clip's own
  word must follow) is a saturation's word now; and pink frothy sputum, a sign of fluid on the
  lungs with or without an altitude said, is a red flag of its own (粉红 … 泡沫 / 泡泡 / 沫, "pink
  … froth / foam", with a cough or sputum; not pink foam in the urine or from toothpaste);
- "收拾了条河鲀炖了吃，这会儿嘴唇舌头都发麻…腿发软站不住": 河鲀 (the fish's written name) was no
  form of any concept, and no rule read a pufferfish with numbness. A new concept (@pufferfish:
  河豚, 河鲀, 鸡泡鱼, 气鼓鱼, pufferfish, blowfish, fugu; also forms of @risky_food) and rule (ER
  I): a pufferfish with numbness, tingling, weak legs, trouble speaking or breathing, vomiting or
  dizziness (not asked whether it is safe to eat);
- "have sugar diabetes, today he not eat but take his insulin … say nonsense words": "not eat" was
  no meal missed and "say nonsense" no confusion. The insulin-and-no-meal rule reads "not eat",
  "did not eat", "no food", 不吃饭, 没吃东西 on either side of the insulin, and @confused "says /
  saying / talks nonsense", "nonsense words", "makes no sense", 满嘴胡话, 讲话含含糊糊;
- "去合歡山看雪，下山後一直發抖，講話含含糊糊的，耳溫量只有34.2": a temperature at the ear (耳温,
  额温, 肛温, 腋温, 口温, "thermometer") was no temperature word, and 讲话含含糊糊 was no slurred
  speech. Both are now (redflags._SAID["temperature"]; the stroke rule reads 讲话…含糊, 讲话 /
  说话 / 讲嘢含含糊糊, 口齿含糊), and the cold-exposure composition reads a fall into ice water
  (掉进冰, 冰窟窿, 冰水里, "fell through the ice", "icy water") and shivering after the snow or
  the mountain (看雪 / 雪山 / 滑雪 / 下山…发抖, "skiing … shivering") with its confusion words
  (not "confused about / whether", 糊涂该: unsure which desk, after a day's skiing);
- "jumped off a rock … and hit the bottom, now says his legs are numb and heavy and his neck
  hurts": @dive knew 跳水 and "dived", not a jump off a rock or into a pool, nor "hit the bottom";
  @limb_numb knew "legs numb", not "legs are numb". @dive reads "jumped off a rock / cliff /
  pier", "jumped into the pool / sea / water", "headfirst into", "cliff jumping", "hit the
  bottom", 跳落水, 跳下水, 扎猛子, 撞到池底 / 水底; @limb_numb "legs / arms / hands are numb",
  "legs feel heavy", "numb and heavy", 腿麻, 腿没知觉, 腿发沉;
- "fell off a horse …, landed on his left side. Now his tummy hurts, he's gone really pale and
  says he feels dizzy": the fall-and-belly rule read the belly and the pallor inside one clause.
  It reads them in clauses next to each other too (a belly that hurts, then pale, white as a
  sheet, clammy, dizzy, light-headed, 脸色苍白 / 发白, 头晕, 出冷汗 one or two clauses on, or the
  other way round), still after a fall or a blow;
- "drink from bottle by mistake, it was cleaning liquid for toilet. Now his mouth is burning, much
  saliva coming, he cannot swallow": the chemical and the drinking were in different clauses. A
  new composition (ER I): a cleaner, an acid or an alkali (@chemical, @poison: 洁厕液, 马桶清洁剂,
  "toilet bowl cleaner", "toilet cleaning fluid" added) drunk or swallowed in one clause, or the
  drinking told and the next clause saying what it was ("drank from the wrong bottle, it was
  bleach", 饮错咗樽嘢，原来系漂白水), with a burning mouth or throat, drooling or no swallowing,
  吐血 (not fumes 熏 of a cleaning, a sip of soap, a teething baby's drool, a cleaner by trade with
  reflux, lime and chili).
The false alarms:
- "这牙疼得我想死的心都有了": 想死的心都有 (a figure of speech: "I could have died") is a word of
  its own for the segmenter (lexicon words), so 想死 inside it is no suicide word; 想死 and 不想活
  said alone still are;
- "上禮拜在高雄被機車擦撞，當時急診看過說沒骨折，可是肩膀到現在還是很痠很痛": 上周 was the past and
  上礼拜 / 上个星期 were not (context._PAST_BEFORE): last week's collision, already seen, is told
  as history;
- "Heart's been racing on and off for a few weeks … No pain, but my watch showed 130 at rest a
  couple of times": a fast heart rate read now and then ("a couple of times", "a few times",
  "sometimes", "on and off", 有几次, 偶尔, 有时) is an episode told, not today's reading, unless the
  complaint says something serious with it not denied (a faint, dizziness, chest pain, breathing,
  confusion: "no pain" is none), the reading's clause says now, or the reading is said as what it
  is ("his heart rate is 150 and sometimes…"); a slow one is never (redflags._now_and_then).
"""

import pytest

from tests.triage.taught_batches import emergency_tests, file_tests
from triage.routing.engine import Engine

TestFiles = file_tests("one_hundred_second_to_fifth")


@pytest.fixture(scope="module")
def engine(shipped_engine: Engine) -> Engine:
    return shipped_engine


# Each family's wordings of our own (text, then the age where it matters): an emergency, I or II.
EMERGENCIES = {
    "an oximeter that keeps showing a low number, or a clip named by where it sits": [
        ("my mum's pulse oximeter keeps showing 86 and she is puffing",),
        ("the oximeter is showing 83 and he looks grey",),
        ("her oxygen keeps dropping to 85 on the finger clip",),
        ("夹在手指上的那个机器显示八十二，她喘得厉害",),
        ("爸爸用血氧仪测了一下才85",),
        ("手指上夾的那個儀器顯示只有78",),
    ],
    "pink frothy sputum": [
        ("咳出来的痰是粉红色的泡沫，喘不过气",),
        ("he is coughing up pink frothy stuff and cant lie flat",),
        ("咳嗽有粉紅色泡泡痰",),
    ],
    "a pufferfish eaten, then numb lips or weak legs": [
        ("吃了河豚，现在嘴巴发麻，手脚没力",),
        ("朋友晚上食咗雞泡魚，依家口唇好麻",),
        ("ate fugu at dinner and now my lips and tongue are tingling",),
        ("吃完河鲀鱼半小时，舌头麻，说话不清",),
    ],
    "insulin and no meal, in plain or broken words, then a sweat or confusion": [
        ("my husband take insulin but not eat lunch, now he sweating and shaking",),
        ("she did not eat today but had her insulin, now very sweaty and confused",),
        ("grandpa is diabetic and has not eaten, he talks nonsense",),
        ("糖尿病的外婆今天满嘴胡话",),
    ],
    "cold in the snow or the ice, then slurred or confused": [
        ("去雪山玩回来，他一直发抖，说话含含糊糊",),
        ("he fell through the ice while fishing, now he is confused and shivering",),
        ("滑雪的时候掉进冰窟窿，救上来以后人迷迷糊糊的",),
        ("下山以后一直发抖，冷得要命，人有点迷糊",),
    ],
    "a very low temperature read at the ear or the forehead": [
        ("耳温只有34.5，手脚冰凉",),
        ("額溫量到33.8，人好凍",),
        ("the ear thermometer says 34.6 and he is shivering",),
    ],
    "slurred speech said reduplicated": [
        ("我妈突然讲话含含糊糊的",),
        ("阿爷讲嘢含含糊糊，个嘴有啲歪",),
    ],
    "a jump into water, then numb or heavy limbs": [
        ("he jumped into the pool headfirst and now his arms are numb",),
        ("跳落水撞到池底，而家手脚冇感觉",),
        ("扎猛子撞到头，腿没知觉",),
        ("my son went cliff jumping and hit the bottom, his legs feel heavy",),
    ],
    "a fall or a blow, then belly pain and pallor or dizziness in the next clause": [
        ("fell off his bike onto the handlebars, now his belly hurts, he looks pale",),
        ("从梯子上摔下来，左边肚子疼，脸色发白",),
        ("she fell from the horse, her stomach is sore, and she feels dizzy",),
        ("踢足球被人踢中肚子，现在肚子痛，头晕",),
    ],
    "a cleaner or an acid swallowed, then a burning mouth, drooling or no swallowing": [
        ("孩子喝了一口洁厕液，嘴里烧得慌，一直流口水", 3),
        ("he drank some drain cleaner, now he cant swallow",),
        ("誤喝了漂白水，喉嚨火辣辣的，吞不下",),
        ("my dad drank from a bottle of toilet cleaner by mistake, his throat is burning",),
        ("grandma drank from the wrong bottle, it was bleach, she is drooling",),
        ("阿婆饮错咗樽嘢，原来系漂白水，而家吞唔落",),
    ],
}
# Look-alikes: the same words as a habit, a question, mild, past, or without the sign: no emergency.
NOT_EMERGENCIES = {
    "an oximeter reading that is fine; a finger caught in a door": [
        ("my oximeter keeps showing 97, is that ok",),
        ("his oxygen went up to 98 after the nebuliser",),
        ("手被门夹了，手指肿了三天",),
        ("血氧仪显示98，想问问准不准",),
    ],
    "pink without froth, or froth in the urine": [
        ("尿有泡沫，颜色有点粉红",),
        ("spitting pink foam after brushing, the toothpaste is pink",),
        ("咳嗽，痰有点黄",),
    ],
    "a pufferfish asked about": [
        ("can you eat pufferfish safely at home?",),
        ("is fugu safe to eat in Japan?",),
    ],
    "insulin and a meal, or a question": [
        ("打胰岛素的，血糖控制得不错，想复查",),
        ("I take insulin, did not eat breakfast yet because of my blood test, feel fine",),
    ],
    "snow and a cold, back home; unsure which desk after skiing": [
        ("去看雪回来有点感冒，流鼻涕",),
        ("went skiing last weekend, a bit of a cold now",),
        ("hurt my knee skiing, a bit confused whether I need an xray",),
        ("滑雪摔了膝盖，有点糊涂该挂哪个科",),
    ],
    "an ear or forehead temperature with a fever or normal": [
        ("耳温37.8，喉咙痛",),
        ("ear thermometer says 38.2, sore throat",),
    ],
    "a jump into water with no numbness; heavy legs after the gym": [
        ("jumped into the pool and stubbed my toe",),
        ("跳水比赛练习后肩膀酸",),
        ("my legs feel heavy after leg day at the gym",),
    ],
    "a belly ache and dizziness with no fall": [
        ("my stomach hurts and I feel dizzy after skipping lunch",),
        ("摔了一跤，膝盖疼，没别的",),
    ],
    "fumes of a cleaner, a sip of soap, a teething baby": [
        ("用洁厕灵刷马桶，熏得喉咙有点痛",),
        ("不小心喝了一小口洗洁精，有点恶心",),
        ("the baby is drooling a lot, teething, we keep the bleach locked away", 1),
        ("I work as a cleaner and my throat is burning at night with reflux",),
        ("孩子一直流口水，家里刚刷完水泥墙", 2),
        ("he ate lime and chili, now his mouth is burning",),
    ],
    "a figure of speech: I could have died": [
        ("这个腰疼得我想死的心都有了",),
        ("考试没考好，想死的心都有了",),
        ("痛到想死嘅心都有",),
    ],
    "a collision last week, seen already": [
        ("上个礼拜骑车被汽车擦撞，已经看过急诊，膝盖还有点痛",),
        ("上個星期被機車撞到，今天來換藥",),
    ],
    "a heart rate read now and then, nothing serious": [
        ("my watch showed 135 a few times this month after coffee, feel fine",),
        ("手表有几次显示心率140，都是喝完咖啡，没有不舒服",),
        ("my heart rate sometimes goes up to 130 when I'm nervous, no chest pain",),
    ],
    # Found after the teaching: "flared up" was a fire's word wherever it stood, so a condition
    # that flared up beside a body part was a burn at urgency II. Only a flame's source flares up.
    "a condition that flared up again, no fire": [
        ("my stomach ulcer flared up again",),
        ("restless legs syndrome flared up again last night",),
        ("my psoriasis on the arms and face has flared up",),
        ("her back pain flared up after the long drive",),
    ],
}
# Red flags that stay beside the new look-alikes.
STILL_EMERGENCIES = [
    ("the pan flared up and burned his face and chest",),
    ("we had a barbecue and the charcoal flared up, her arms are blistering",),
    ("血氧88，喘不上气",),
    ("my watch says 150 right now and I feel faint",),
    ("手表有几次显示心率150，今天头晕眼前发黑",),
    ("my heart rate is 150 and sometimes I feel weird",),
    ("心率有时候只有38，老人家今天没精神",),
    ("活着没意思，想自杀",),
    ("想死，不想活了",),
    ("被车撞了，腿动不了",),
    ("孩子喝了洁厕灵", 2),
    ("吃了野蘑菇，现在一直吐",),
    ("he dived into shallow water and cant feel his legs",),
    ("体温34度，叫不醒",),
    ("车祸后肚子越来越痛，脸色苍白",),
    ("高原上咳粉红色泡沫痰",),
]


TestEmergencies = emergency_tests(EMERGENCIES, STILL_EMERGENCIES, NOT_EMERGENCIES)
