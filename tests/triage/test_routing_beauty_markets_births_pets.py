"""Beauty and cosmetics, markets and deliveries, the first weeks after a birth, pets at home:
four general sweeps taught, and two held out.

Each was written blind, 60 complaints (20 emergencies; 27 Simplified, 18 Traditional, 15
English), and scored on `c2fcf83` before anything was read from it:

- routing-beauty-and-cosmetics-sweep.jsonl: 14 of 20 emergencies, 3 false alarms, top-1 41;
  now 20, 1, 54.
- routing-markets-shops-deliveries-sweep.jsonl: 20 of 20, 2 false alarms, top-1 53; now 20,
  none, 58.
- routing-first-weeks-after-birth-sweep.jsonl: 17 of 20, none, top-1 51; now 20, none, 57.
- routing-pets-at-home-sweep.jsonl: 16 of 20, none, top-1 44; now 20, none, 53.

Held out (an ordinary Wednesday morning and a Sunday evening), their misses read only in the next
session, once both ends had been measured (`test_routing_eight_days_and_read_held_out.py`; the
floors below are today's):

- routing-wednesday-morning-held-out-sweep.jsonl: 19 of 20, no false alarm, top-1 56.
- routing-sunday-evening-held-out-sweep.jsonl: 20 of 20, no false alarm, top-1 58.

Taught as red flags by composition: a botulinum shot (瘦脸针, 除皱针, botox) with double vision,
choking on water or a weak breath; an eye bulging after eyelid surgery or a blow; a neck
swelling up with a noisy breath; a tongue swollen (a fresh piercing) with drooling or no
swallowing; a baby scalded over the bottom and both legs; a newborn cold to the touch or at
35 °C and feeding poorly; voices heard, or talk of taking the baby along, after a birth; a fear
of water with spasms on drinking after a bite (rabies begun); a stiff jaw after a rusty cut
(tetanus); a shot of the cat's insulin with sweating and a muddle; smoke breathed with a hoarse
voice and soot; a belly pain "痛到背後" with vomiting; bleach splashed into an eye. False alarms:
a throbbing toothache "一抽一抽" is no fit; a tongue swollen from a stud explains its lisp; an
allergy "上回" (last time) is the past; first aid given to a stranger who fainted days ago
("给晕倒的顾客做过人工呼吸") is the stranger's collapse. Desks: a piercing gone red, a charge
taken twice, a tremor with weight loss after a birth, nodules after a fish tank or raw pork,
tongue-tie, a guide dog, darker patches after a peel, a complaint and a refund, an EpiPen, a
repeat prescription, an old bite's scar (no rabies shot), crying for no reason after a birth,
a groin bulge said in Cantonese, hair coming out in clumps.

Left: whitening cream with swollen ankles and foamy urine, "有人说是汞中毒？" (someone says
mercury poisoning?) is still a poisoning (the question mark is gone once the text is normalised,
and a hearsay label without it may be all a bystander knows); a friend's filler blindness asked
about goes to ophthalmology at II; slimming pills and a heart check to endocrinology; orlistat's
oily leaks to endocrinology; a scratch or a bite from a cat still goes to the rabies clinic when
the visitor asks of tetanus or the knuckle swells; cat-scratch fever stays with the fever clinic;
a mother's own diarrhoea after cleaning her child's turtle tank goes to paediatrics.
"""

from tests.triage.taught_batches import taught_theme_tests, theme_sweep_tests

SWEEPS = {
    # name: (top-1, emergencies caught, false alarms) at least, at most
    "routing-beauty-and-cosmetics-sweep.jsonl": (54, 20, 1),
    "routing-markets-shops-deliveries-sweep.jsonl": (58, 20, 0),
    "routing-first-weeks-after-birth-sweep.jsonl": (57, 20, 0),
    "routing-pets-at-home-sweep.jsonl": (53, 20, 0),
}

EMERGENCIES = [
    "在美容院打了肉毒素，三天后看东西有重影，吞东西也呛",
    "had botox in my forehead last week, now I'm seeing double and choking on drinks",
    "昨天做了去眼袋手术，今天右边眼球鼓出来，胀得很痛",
    "做完甲状腺手术回家，晚上脖子越来越肿，喘气有声音",
    "his tongue is swollen after the new piercing, he's drooling and can't swallow",
    ("孩子被开水烫到，两条腿一大片都红了", 2),
    ("宝宝出生五天，摸着身上凉，体温35度，吃奶没劲", 0),
    "老婆生完孩子十天，说听到有人跟她说话，晚上抱着孩子站在窗边",
    "被狗咬了一个多月，现在怕水，一喝水就抽",
    "stepped on a rusty nail two weeks ago and now my jaw is stiff, I can barely open my mouth",
    "一个礼拜前被生锈的铁钉扎了脚，今天牙关紧，嘴张不开",
    "脖子慢慢肿起来了，喘气有声音",
    "house fire last night, I breathed in a lot of smoke and my voice is hoarse now",
]
LOOK_ALIKES = [
    ("牙疼了三天，晚上一抽一抽地疼", ("DENT",)),
    ("打完除皱针一周，右边眉毛有点低，吃饭说话都正常", ("AEST", "PLAST", "NEURO", "DERM")),
    ("上回吃芒果嘴唇肿了，想查一下过敏原", ("ALLERGY", "DERM")),
    ("上周帮倒地的老人做过心肺复苏，他有出血，我要不要查乙肝", ("INFECT", "GP", "LAB")),
    ("女儿打了耳洞一个礼拜，耳垂又红又肿还结了痂", ("DERM", "ENT", "PED"), 9),
    ("缴费的时候好像被多收了一次钱，能帮我查一下吗", ("BILL",)),
    ("I use a guide dog, can he come in with me to see the doctor?", ("CS",)),
]

TestBeautyMarketsBirthsPets = taught_theme_tests(SWEEPS, EMERGENCIES, LOOK_ALIKES, per_sweep=20)

TestHeldOutWednesdayAndSunday = theme_sweep_tests(
    {
        "routing-wednesday-morning-held-out-sweep.jsonl": (57, 20, 0),
        "routing-sunday-evening-held-out-sweep.jsonl": (59, 20, 0),
    },
    emergencies=20,
)
