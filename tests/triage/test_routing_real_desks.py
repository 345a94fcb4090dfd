"""Desk families of real online-consultation questions, taught from the fourth real sample
(routing-real-sample-four.jsonl, 290 questions from CMtMedQA and Toyhom's 内科 file; see
test_routing_sources_fourth.py). This module holds the DESK misses (top-1 misses whose top was not
ER, and top-3 misses); the false emergencies and the fallbacks were taught apart.

The questions are long, often already diagnosed, and the source drops characters; the source's
label is the desk (外科/骨科 → ORTHO, 整形美容 → AEST/PLAST, 中医科 → TCM, 男科 → URO, 肝病科 →
GI/INFECT, see /work/shared/reference/routing-real-mapping.json). Taught by family, never by
sentence (the tables below are our own wordings, zh-hans and zh-hant):
- a child named only as a bystander is no child visitor: a carrier asking whether she may look
  after or hold the children (能带孩子, 帮忙带孩子, 能抱孩子), whether it passes to them (传给孩子,
  传染给宝宝), a baby not yet born (就要出生, 即将出生), a parent speaking with the children (我和
  孩子, 我跟孩子) — these keep the adult's desk (the child rule's `unless`);
- a named diagnosis over incidental words: cirrhosis and its complications (肝腹水, 门静脉高压,
  门脉高压, 食管/胃底静脉曲张, 脾亢) → GI, over the veins (CVS), the "pressure" (CARD) and swollen
  legs; an albumin drip (打白蛋白) is no protein in the urine (白蛋白 is a word; 尿微量白蛋白,
  白蛋白尿 stay NEPH);
- a joint, tendon, bursa or muscle named as the diagnosis (滑囊炎, 腱鞘囊肿, 肩袖损伤, 肱二头肌,
  三头肌, 骨病, 骨骼) → ORTHO, over a lump, an operation or "头…痛" read across 肱二头肌;
- TCM's own signs and patterns (舌苔 厚/少/白/黄, 齿痕, 脾虚) → TCM (舌苔 left the dental rule;
  a tongue ulcer stays DENT);
- a named men's-health condition over a generic wish or feeling: 早泄/阳痿 with 调理 → URO (bare
  调理 no longer weighs as a TCM request; 调理身体, 中医调理 still do); a penis felt too short
  (阴茎短小, 阴茎…短/小/多长) with 自卑 → URO;
- a cosmetic wish about the nose (驼峰鼻, 鹰钩鼻, 塌鼻梁, 鼻子…变高/变挺) → AEST over ENT's bare
  鼻子 (the looks-and-wish composition weighs more; a mole growing, 变大了, 越来越大 are no wish);
- red patches with itch on the face (脸上…红斑, 瘙痒) → DERM, not the cosmetic spots rule;
- symptoms set off by an inhaled allergen (接触猫/灰尘, 养了猫, 花粉, 尘螨) → ALLERGY over the eye
  or nose desk; breathlessness with blue lips after a cat stays an emergency;
- a skin graft or a burn scar's contracture (皮肤移植, 植皮) → PLAST;
- thick speech since childhood or a short tongue-tie, asked about an operation (从小/天生/一直
  大舌头, 大舌头…手术/矫正, 舌系带) → ENT (a child: PED) and no stroke; a SUDDEN thick speech
  with a droop or a weak hand stays the stroke emergency;
- dark circles: AEST first, TCM among the first three (the source files them under 中医科).

Left as they are: rs4-0054 (dark circles, labelled TCM: AEST first, TCM second); rs4-0113 (a
ten-year-old's knee pain: the hospital sends a child's bone pain to PEDSURG, PED second, while the
label says ORTHO/PED); rs4-0257 (a high blood pressure question beside a son's suicide: PSY first
at III, CARD second — a suicide told stays the mental-health desk's, a hospital would rather ask).
"""

from tests.triage.routing_helpers import rows_of
from tests.triage.taught_batches import desk_tests, real_family_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a child named only as a bystander": [
        ("我妈是乙肝小三阳，能帮我带孩子吗", ("INFECT", "GI")),
        ("公公乙肝大三陽，DNA陽性，會傳染給孩子嗎", ("INFECT", "GI")),
        ("老婆乙肝携带，孩子快要出生了，能喂母乳吗", ("INFECT", "GI", "OB")),
        ("老公高血压，还抽烟，我和孩子劝了好多次都不听", ("CARD",)),
    ],
    "cirrhosis and its complications named": [
        ("查出门静脉高压两年了，平时要注意什么", ("GI", "GS")),
        ("门脉高压，胃镜说有食管静脉曲张，要不要套扎", ("GI", "GS")),
        ("肝硬化腹水住过院，打了几次白蛋白，现在腿还肿", ("GI", "INFECT")),
        ("肝硬化腹水，醫生讓打白蛋白，要打多久", ("GI", "INFECT")),
    ],
    "a joint, tendon, bursa or muscle named": [
        ("膝盖滑囊炎半年了，上下楼疼，怎么治", ("ORTHO",)),
        ("手腕上长了个腱鞘囊肿，要不要做手术", ("ORTHO",)),
        ("肩袖损伤做了磁共振，要手术吗", ("ORTHO",)),
        ("肱二头肌拉伤，提东西就疼", ("ORTHO",)),
        ("健身以后三頭肌一直痠痛", ("ORTHO",)),
        ("总觉得骨骼不舒服，骨病有哪些", ("ORTHO",)),
    ],
    "TCM's own tongue signs and patterns": [
        ("舌苔厚腻发黄，口苦，是湿热吗", ("TCM",)),
        ("舌頭有齒痕，舌苔白，是不是脾虛", ("TCM",)),
        ("最近舌苔很少，舌头光光的，怎么回事", ("TCM",)),
    ],
    "a named men's-health condition over a generic wish or feeling": [
        ("早泄好几年了，有没有调理的办法", ("URO",)),
        ("陽痿早洩怎麼調理", ("URO",)),
        ("总觉得阴茎短小，很自卑，多长才正常", ("URO",)),
    ],
    "a cosmetic wish about the nose": [
        ("鼻子有点驼峰，想改善一下", ("AEST", "PLAST")),
        ("鼻梁太塌了，不做手术能变挺吗", ("AEST", "PLAST")),
        ("我是鹰钩鼻，想做个鼻子整形", ("AEST", "PLAST")),
    ],
    "red patches with itch on the face": [
        ("脸上起红斑很痒，反反复复一年了", ("DERM", "ALLERGY")),
        ("臉上長紅斑，癢，抹藥膏好了又復發", ("DERM", "ALLERGY")),
    ],
    "symptoms set off by an inhaled allergen": [
        ("一到春天花粉多就打喷嚏流鼻涕眼睛痒", ("ALLERGY",)),
        ("家里养了猫以后我老是打喷嚏，鼻子痒", ("ALLERGY",)),
        ("一打扫卫生接触灰尘就咳嗽胸闷，好几年了", ("ALLERGY", "RESP")),
        ("每次摸了貓就眼睛癢、打噴嚏", ("ALLERGY",)),
    ],
    "a skin graft or a burn scar's contracture": [
        ("小时候烫伤，现在疤痕挛缩，手指伸不直，要植皮吗", ("PLAST", "BURN", "AEST")),
        ("烧伤以后做过皮肤移植，现在那块皮发紧", ("PLAST", "BURN", "AEST")),
    ],
    "thick speech since childhood or a tongue-tie": [
        ("我从小说话就大舌头，成年了还能矫正吗", ("ENT", "PLAST", "AEST")),
        ("說話有點大舌頭，能做手術嗎", ("ENT", "PLAST", "AEST")),
        ("孩子舌系带短，说话不清楚，要不要剪", ("ENT", "PED")),
    ],
}
# The same words where another desk is right.
LOOK_ALIKES = [
    ("孩子膝盖疼了三天，走路一瘸一拐", ("PEDSURG", "PED")),
    ("孩子咳嗽好几天了，晚上咳得厉害", ("PED",)),
    ("尿微量白蛋白偏高，是肾不好吗", ("NEPH", "ENDO")),
    ("这几天一直头痛，后脑勺也疼", ("NEURO",)),
    ("舌头上长了个溃疡，吃饭疼", ("DENT",)),
    ("想找中医调理身体，容易疲劳怕冷", ("TCM",)),
    ("总是很自卑，不敢和人说话，晚上睡不着", ("PSY",)),
    ("鼻子塞，流鼻涕三天了", ("ENT",)),
    ("胳膊上的痣最近变大了，颜色变深", ("DERM", "ONC", "PLAST")),
    ("脸上长了很多色斑，想去掉", ("AEST", "DERM")),
    ("去年脑梗以后说话一直有点大舌头，想做康复", ("REHAB", "NEURO")),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("我爸突然说话大舌头，嘴巴也歪了", None),
    ("我妈刚才突然大舌头，右手没劲", None),
    ("摸了猫以后喘不上气，嘴唇发紫", None),
]
# Where the source's desk is right but another comes first on purpose: it must be in the first three.
IN_TOP_THREE = [
    ("快三十了，黑眼圈越来越重，有什么办法", "TCM"),
    ("黑眼圈很明显，作息也正常，怎么预防", "TCM"),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)


TestRealFamilies = real_family_tests(IN_TOP_THREE, rows_of(DESKS), LOOK_ALIKES)
