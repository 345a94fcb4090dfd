"""What visitors ask a front desk beside a symptom, and the clinical stories that look like it.

A visitor asks for an appointment, a payment, a report, a paper, a medicine, a bed, the way, a
wheelchair, a vaccine, a blood test, a lost wallet, a complaint, an interpreter or a doctor by
name. Each reaches the service point that does it (or patient services, the registration desk),
never a clinic, the emergency department or the fallback. Generated in Simplified Chinese, in
Taiwan's and Hong Kong's Traditional (Cantonese written as spoken) and in English, 279 requests:
44 missed before migration 0080 (most fell back: an appointment moved or cancelled, a doctor
asked for by name, a walk-in, an interpreter asked by the language, a ward or a bed asked after;
"cancel my appointment" was read as cancer, the cervical vaccine as gynaecology, a booster of the
covid vaccine as infectious diseases, Chinese medicine brewed by the pharmacy as a consultation).

A clinical story that names a report, a fee, a medicine, a complaint or a place stays clinical:
a medicine the pharmacy gave before ("药房开的药") is told, not asked for; a complaint made
already, with the toothache still told, is the dentist's; a pharmacist's word that the pressure
was high is cardiology's.

Every wording here is our own; none comes from a case file.
"""

import pytest

from tests.triage.routing_helpers import not_emergencies, off_their_desk, sent_to_emergency
from triage.routing.engine import Engine

# Each family: the desks that do it, and requests in the three languages.
REQUESTS = {
    "registration and walk-ins": (
        ("CS", "BILL"),
        [
            "第一次来，挂号在哪个窗口",
            "初诊要带身份证吗",
            "初診要先辦卡嗎",
            "第一次嚟，去邊度登記",
            "can I just walk in without an appointment",
            "do you see walk ins on Saturdays",
            "new patient here, where do I sign in",
        ],
    ),
    "an appointment booked, moved or cancelled": (
        ("CS", "BILL"),
        [
            "我想把周三的预约改到周五",
            "明天的预约我要取消",
            "复诊要提前预约吗",
            "想改約到下個月",
            "我想取消預約，臨時有事",
            "可唔可以幫我改期",
            "I have to cancel my appointment on Monday",
            "could I reschedule to next week",
            "I need to rebook, I missed my slot",
        ],
    ),
    "a doctor asked for by name": (
        ("CS", "BILL"),
        [
            "刘医生周几出诊",
            "赵主任今天坐诊吗",
            "黃醫師下午有看診嗎",
            "何醫生幾時有得睇",
            "is Dr Lee in today",
            "what days does Dr Brown see patients",
        ],
    ),
    "paying": (
        ("BILL",),
        [
            "这里能刷卡吗",
            "可以用支付宝付吗",
            "請問可以刷卡嗎",
            "畀錢可唔可以用八達通",
            "can I pay by card here",
            "where can I pay, I have the slip from the doctor",
        ],
    ),
    "a scan's images or a result asked for": (
        ("IMG", "LAB", "RECORDS"),
        [
            "片子能刻成光盘吗",
            "影像可以燒光碟嗎",
            "I'd like the scan images on a CD for my specialist",
            "when will my blood results be ready",
        ],
    ),
    "a medicine collected": (
        ("PHARM",),
        [
            "代煎的中药在哪里取",
            "我的慢性處方箋要在哪領藥",
            "I need a repeat prescription filled",
            "can I refill my prescription here",
        ],
    ),
    "a ward, a bed or a patient visited": (
        ("CS", "ADMIT"),
        [
            "心内科病房在几楼",
            "我爸住几号床，我来看他",
            "我來探病，病房在幾樓",
            "嚟睇病人，佢喺邊張床",
            "which ward is my grandmother on",
            "can we visit my brother on the ward this evening",
        ],
    ),
    "the way to a fountain, a cash machine or a shop": (
        ("CS",),
        [
            "请问哪里有饮水机",
            "医院里有提款机吗",
            "請問有自動提款機嗎",
            "is there a gift shop here",
        ],
    ),
    "crutches asked for": (
        ("CS",),
        [
            "拐杖在哪里借",
            "where can I get crutches for my son",
            "do I need to buy crutches or can I get them here",
        ],
    ),
    "lost property handed in": (
        ("CS",),
        [
            "has anyone handed in a black umbrella",
            "I dropped my keys, has anyone handed them in",
        ],
    ),
    "a complaint made": (
        ("CS",),
        [
            "等了三个小时，我要反映一下",
            "这个问题我想找谁反映",
        ],
    ),
    "an interpreter asked by the language": (
        ("CS",),
        [
            "有没有会说英语的护士",
            "有冇人識講普通話",
            "我媽只會講廣東話，有人會說廣東話嗎",
            "is there anyone who speaks Arabic",
            "my dad needs someone who speaks Mandarin",
            "do you have sign language interpreters",
            "我听不懂普通话，有没有人会讲潮州话",
            "my mum doesn't understand English, is there a translator",
        ],
    ),
    "a vaccine named by its organ, or a booster": (
        ("PREV",),
        [
            "我想打子宫颈癌疫苗",
            "想來打子宮頸疫苗",
            "想打新冠加强针",
            "can I get my covid booster today",
        ],
    ),
    "a doctor's letter for an employer": (
        ("RECORDS", "CS"),
        [
            "I need a letter from the doctor for my employer",
            "can I get a letter for work saying I was seen today",
            "单位要医院证明，去哪开",
            "my college wants proof I was at the hospital this morning",
        ],
    ),
    "records sent to a new doctor": (
        ("RECORDS",),
        ["please send my records to my new GP", "can my notes be sent to my new family doctor"],
    ),
    "slots full, a deposit, an overcharge, the insurer's share": (
        ("CS", "BILL", "ADMIT", "INSUR"),
        [
            "今天的号是不是挂满了",
            "住院押金要交多少",
            "I think I was charged twice for the same scan",
            "住院费医保报销比例是多少",
        ],
    ),
    "a coffee, the wifi, a taxi, the bus": (
        ("CS",),
        ["where can I grab a coffee", "what's the wifi password here", "where do the taxis wait"],
    ),
    "relatives let into intensive care": (
        ("CS",),
        ["ICU家属几点可以进去看", "深切治療部幾點可以探"],
    ),
    "vaccines for a trip, yellow fever": (
        ("PREV",),
        ["去越南之前要打什么针", "do I need a yellow fever jab for Ghana", "出國前要打什麼針"],
    ),
    "a complaint or a compliment about the service": (
        ("CS",),
        [
            "I'd like to speak to a manager about the poor service",
            "想表扬一下眼科的护士",
            "想送面锦旗给儿科的医生",
        ],
    ),
    "an appointment given back or reported for": (
        ("CS", "BILL"),
        [
            "下午那个号我不要了，能把号退掉吗",
            "约好了两点，去哪里报到",
            "need to cancel and book another date",
        ],
    ),
    "a share paid by oneself, a report looked up, a day surgery": (
        ("BILL", "LAB", "ADMIT"),
        [
            "自费的药钱去哪交",
            "验血报告能在手机上查吗",
            "first time for day surgery, where do I report",
        ],
    ),
    "opening hours, water, a prayer or a baby's room, a push": (
        ("CS",),
        [
            "医院晚上几点关门",
            "楼下哪里可以买水",
            "where's the nearest baby changing room",
            "is there a chapel in the hospital",
            "我婆婆腿脚不好，有人推一下轮椅吗",
        ],
    ),
    "glasses or a hearing aid lost": (
        ("CS",),
        ["I think I left my reading glasses in the x-ray room", "我爸的助听器丢在候诊区了"],
    ),
    "a vaccine whose disease is also a clinic's": (
        ("PREV",),
        ["带状疱疹疫苗几点可以打", "can I book a shingles vaccine for my dad"],
    ),
    "a driving licence medical": (("PREV",), ["I need a medical for my driving licence"]),
    "a slot, a booking's day or an hour moved": (
        ("CS", "BILL"),
        ["明天上午还能挂眼科的号吗", "我忘了我约的是几号", "可唔可以改早半個鐘"],
    ),
    "a smoking area, a bike, a walking stick": (
        ("CS",),
        ["请问吸烟区在哪", "is there a bike rack outside", "can you lend out a walking stick"],
    ),
    "a child lost in the hospital": (
        ("CS",),
        [
            "我儿子不见了，刚才还在大厅",
            "個仔唔見咗，佢著紅色衫",
            "I can't find my daughter, she's five",
        ],
    ),
    "thanks for the staff": (("CS",), ["we'd like to thank the midwives", "想表扬急诊的护士"]),
    "a vaccine named by its disease in English": (
        ("PREV",),
        ["do I need a hep A jab before my trip", "my placement wants a hepatitis B vaccine"],
    ),
    "a doctor's clinic or rota asked in English": (
        ("CS",),
        [
            "Dr Ahmed's clinic, is it on this floor",
            "which room is Dr Novak in today",
            "I'm looking for Dr Osei",
            "孙医生的门诊在哪一层",
            "鄭醫師下週有門診嗎",
        ],
    ),
}

# A clinical story that names a service: its clinic, never the service point, never an emergency.
STAYS_CLINICAL = [
    ("吃了药房开的药，身上起疹子", ("DERM", "ALLERGY")),
    ("上次医生开的药吃了以后胃痛", ("GI",)),
    ("我投诉过了，但牙还是痛", ("DENT",)),
    ("已經投訴了，可是膝蓋還是很痛", ("ORTHO", "REHAB")),
    ("the pharmacist said my pressure was high", ("CARD",)),
    ("the nurse at work said my pressure is high again", ("CARD",)),
    ("my chest has been hurting since yesterday", ("CARD", "ER")),
    ("拿着报告，胸口痛", ("CARD", "ER")),
    ("交钱的时候突然头晕", ("NEURO", "GP", "CARD")),
    ("排队缴费时肚子疼得厉害", ("GI", "GS", "GP")),
    ("体检报告说我血糖高", ("ENDO",)),
    ("報告話我尿酸高", ("ENDO", "RHEUM")),
    ("my blood test results say my sugar is high", ("ENDO",)),
    ("我在停车场摔了一跤，脚踝肿了", ("ORTHO",)),
    ("在食堂吃完饭就拉肚子", ("GI", "GP")),
    ("出院以后一直咳嗽", ("RESP",)),
    ("医生开的药吃了胃痛", ("GI",)),
    ("I got my flu jab and now my arm is swollen", ("PREV", "DERM", "GP")),
    ("visiting my dad, and now I have a bad headache", ("NEURO", "GP")),
    ("the lift broke and I twisted my ankle on the stairs", ("ORTHO",)),
    ("大约三天了，一直没改善，喉咙痛", ("ENT",)),
    ("我想预约减重门诊", ("ENDO", "GI", "GP")),
    ("眼镜丢了，现在看东西很模糊", ("OPH",)),
    ("打了带状疱疹疫苗还是长了带状疱疹，腰上火辣辣地疼", ("DERM", "PAIN")),
    ("抽血窗口几点开门", ("LAB",)),
    ("明天住院做手术，去病房在哪报到", ("ADMIT",)),
    ("护士说我的血氧有点偏低，94", ("RESP",)),
    ("my bike chain caught my ankle, it's bleeding a little", ("ORTHO", "GS", "DERM", "BURN")),
]

# Look-alikes that are no emergency: a complaint, a place or a payment named beside a minor one.
NOT_EMERGENCIES = [
    "吃了药房开的药，身上起疹子",
    "我投诉过了，但牙还是痛",
    "the pharmacist said my pressure was high",
    "在食堂吃完饭就拉肚子",
    "排队缴费时肚子疼得厉害",
]


# A stroke's sign beside them: not understanding what is said, now, is still an emergency.
STILL_EMERGENCIES = [
    "我爸突然听不懂我们说话了",
    "奶奶突然听不懂我说的话，嘴也歪了",
    "爷爷突然听不懂话了",
]


@pytest.mark.parametrize("family", REQUESTS)
def test_each_desk_request_reaches_its_service_point(shipped_engine: Engine, family: str) -> None:
    desks, texts = REQUESTS[family]
    misses = off_their_desk(shipped_engine, [(text, desks) for text in texts])
    assert not misses, misses


@pytest.mark.parametrize("family", REQUESTS)
def test_no_desk_request_falls_back_or_is_an_emergency(shipped_engine: Engine, family: str) -> None:
    _desks, texts = REQUESTS[family]
    wrong = [
        (text, top.department)
        for text in texts
        for top in shipped_engine.suggest(text)[:1]
        if top.fallback or top.emergency
    ]
    assert not wrong, wrong


def test_a_clinical_story_naming_a_service_stays_clinical(shipped_engine: Engine) -> None:
    misses = off_their_desk(shipped_engine, STAYS_CLINICAL)
    assert not misses, misses


def test_a_service_named_beside_a_minor_complaint_is_no_emergency(shipped_engine: Engine) -> None:
    sent = sent_to_emergency(shipped_engine, NOT_EMERGENCIES)
    assert not sent, sent


def test_not_understanding_speech_now_is_still_a_stroke(shipped_engine: Engine) -> None:
    misses = not_emergencies(shipped_engine, STILL_EMERGENCIES)
    assert not misses, misses
