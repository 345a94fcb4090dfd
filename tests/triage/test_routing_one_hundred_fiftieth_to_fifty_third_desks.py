"""The wrong desks of the one hundred and fiftieth to the one hundred and fifty-third hand-written
files (60 complaints each, written blind): every first-run miss that was no emergency and whose
engine answer was not ER at I or II. Their emergencies and the false emergencies are the
emergencies teacher's.

First run (commit e407e34): 9 wrong desks of this kind owned here, all 9 taught.

Taught by family, never by sentence (the tables below, our own wordings, and look-alikes that keep
their desk):
- a sick note, a certificate or the records asked for in English (英文版, "an English copy"),
  often for a travel insurer: the records office issues the English version; the same papers for
  an insurer in no language named stay the insurance office's, a receipt alone in English the
  cashier's;
- a baby bringing up milk after feeds (吐奶, 溢奶, 喂完奶就吐, "spits up", "brings up milk"): the
  children's clinic; "feed" is no fee for the cashier; green or projectile vomiting stays the red
  flags';
- a drinker who cannot go a day without drink (离不开酒, 酒瘾, "can't go a day without a drink"),
  shaking, sweating or the heart racing on a day without it: psychiatry's addiction service, not
  the heart or the nerves clinic; a fit or seeing things on stopping stays an emergency;
- an insurer's guarantee letter or direct billing (担保函, 保证函, "guarantee letter", "direct
  billing") to settle a visit or a scan: the cashier's, not the scanner's; public insurance
  settled directly (医保直接结算) stays the insurance office's;
- a rash from chafing (磨出红疹, 擦烂红斑, "a chafing rash"): the skin clinic; skin rubbed open
  without a rash stays the surgical dressing clinic's;
- a man's chest growing or a firm lump under the nipple on testosterone or anabolic steroids
  (睾酮, 类固醇, "a test cycle"): the endocrine clinic (general surgery sees the lump too), not
  aesthetics; a wish for bigger breasts stays aesthetics';
- whether the hospital keeps antivenom or an antidote in stock (有没有抗蛇毒血清, "do you keep
  antivenom"), nobody hurt now: the pharmacy; a bite now stays an emergency;
- a cough of weeks or months with a low fever in the afternoon and blood in the sputum, weight
  lost or night sweats (tuberculosis?): the chest clinic, not the fever clinic; a short cough with
  a fever stays the fever clinic's;
- a Chinese-medicine doctor asked for by name ("a traditional Chinese doctor", "a TCM doctor",
  中医大夫): the TCM clinic; cold hands and feet are no cold.
"""

from tests.triage.taught_batches import desk_tests

# Each family's wordings: (text, the departments accepted[, age]).
DESKS = {
    "a sick note or a certificate asked for in English (the records office)": [
        ("出国旅游保险理赔，要一份英文版的病假条，在哪里办", ("RECORDS", "CS"), 35),
        ("請問診斷證明可以開英文的嗎？保險公司在國外", ("RECORDS", "CS"), 40),
        ("我要一張英文版嘅醫生紙同收據，寄去外國保險公司", ("RECORDS", "CS", "BILL"), 30),
        (
            "my insurer back home wants the medical certificate in English, who can issue that",
            ("RECORDS", "CS"),
            45,
        ),
    ],
    "a baby bringing up milk after feeds (the children's clinic)": [
        ("宝宝两个半月，每次吃完奶都要吐一点出来，体重长得还行", ("PED", "CHILD"), 0),
        ("我家寶寶三個月，常常溢奶，喝完奶就吐一口，這樣要看醫生嗎", ("PED", "CHILD"), 0),
        ("BB六個禮拜，食完奶成日吐返少少出嚟，but係有長肉", ("PED", "CHILD"), 0),
        (
            "my 10 week old brings up a little milk after nearly every feed, she is putting on weight",
            ("PED", "CHILD"),
            0,
        ),
        ("newborn keeps spitting up after feeds, is that normal", ("PED", "CHILD"), 0),
    ],
    "a drinker who cannot go a day without drink (psychiatry)": [
        ("我爸离不开酒，一天不喝就手抖冒汗，他说想戒", ("PSY",), 58),
        ("我老公酒癮很重，一天沒喝手就一直抖，他自己也想戒掉", ("PSY",), 45),
        ("我成日都要飲酒，唔飲就手震心慌，想搵人幫手戒", ("PSY",), 50),
        (
            "I honestly can't go a day without a drink anymore, my hands shake till I have one, I want help",
            ("PSY",),
            47,
        ),
        ("I think I'm an alcoholic, I want to stop", ("PSY",), 40),
    ],
    "an insurer's guarantee letter or direct billing (the cashier)": [
        ("保险公司给我开了担保函，做核磁共振的钱怎么结", ("BILL", "CS"), 40),
        ("我有海外保險的擔保函，CT的費用可以直接結算嗎", ("BILL", "CS"), 35),
        (
            "my insurer has sent you a letter of guarantee, how do I settle the bill for my scan",
            ("BILL", "CS"),
            50,
        ),
        ("can you bill my insurance directly for the ultrasound?", ("BILL", "CS", "INSUR"), 33),
    ],
    "a rash from chafing (the skin clinic)": [
        ("徒步走了一天，大腿根磨出一片红疹，又痛又痒", ("DERM",), 30),
        ("跑步跑到大腿內側磨到起紅疹，洗澡碰到水很痛", ("DERM",), 28),
        ("行山行到大髀內側磨到出晒紅疹，好痛", ("DERM",), 35),
        ("I have a chafing rash under my arms after a long hike, red and stinging", ("DERM",), 40),
    ],
    "a man's chest growing on testosterone or steroids (the endocrine clinic)": [
        ("健身打了几个月类固醇，最近乳头下面有个硬块，胸也鼓起来了", ("ENDO", "GS"), 27),
        ("我在打睪固酮增肌，胸部好像越來越大，有點脹痛", ("ENDO", "GS"), 31),
        (
            "been on a testosterone cycle at the gym and now my chest is getting bigger, a lump under one nipple",
            ("ENDO", "GS"),
            26,
        ),
        ("on anabolic steroids and my nipples are puffy and sore", ("ENDO", "GS"), 30),
    ],
    "whether antivenom is kept in stock (the pharmacy)": [
        ("我们村常有蛇，想问问医院有没有抗蛇毒血清备着", ("PHARM", "CS"), 50),
        ("請問你們醫院有沒有抗蛇毒血清？只是想知道一下", ("PHARM", "CS"), 40),
        ("想問下你哋醫院有冇抗蛇毒血清，唔係有人受傷，淨係問下", ("PHARM", "CS"), 45),
        ("we go hiking a lot, does the hospital keep antivenom in stock?", ("PHARM", "CS"), 35),
    ],
    "a long cough with a low afternoon fever and blood or weight lost (the chest clinic)": [
        ("咳嗽快三个月了，每天下午低烧，人也瘦了一圈", ("RESP", "INFECT"), 55),
        ("已經咳了六個禮拜，下午都會低燒，痰裡面有血絲", ("RESP", "INFECT"), 48),
        ("咳咗成兩個月，下晝有啲低燒，痰有血絲", ("RESP", "INFECT"), 60),
        (
            "I've been coughing for two months, a low fever most afternoons and I've lost weight",
            ("RESP", "INFECT"),
            45,
        ),
        (
            "coughing for 6 weeks, low grade temperature in the evenings and night sweats",
            ("RESP", "INFECT"),
            38,
        ),
    ],
    "a Chinese-medicine doctor asked for by name (the TCM clinic)": [
        ("想找个中医大夫调理，一年到头手脚冰凉，老是没劲", ("TCM",), 45),
        ("想看中醫，這幾年手腳都冰冰的，很容易累", ("TCM",), 40),
        (
            "I'd like to see a TCM doctor, my hands and feet are always cold and I'm tired",
            ("TCM",),
            50,
        ),
        (
            "is there a traditional chinese doctor here? cold hands and feet for years",
            ("TCM",),
            55,
        ),
    ],
}
# The same words where another desk is right (or the same desk for another reason).
LOOK_ALIKES = [
    # The same papers for an insurer, no language named, stay the insurance office's.
    ("保险公司要病假条和收据，去哪里弄", ("INSUR",), 35),
    # A receipt alone in English stays the cashier's.
    ("can I get my receipt in English", ("BILL",), 30),
    ("收据能不能开英文的", ("BILL",), 30),
    # A fee stays the cashier's.
    ("how much is the fee for the baby feeding clinic", ("BILL",), 30),
    # Wanting to stop drinking without the shakes stays psychiatry's; shaking hands alone neurology's.
    ("想戒酒，有没有这个门诊", ("PSY",), 40),
    ("最近手抖，喝水也抖", ("NEURO",), 60),
    # Public insurance settled directly where it was bought stays the insurance office's.
    ("我是外省的医保，在这里住院能直接结算吗", ("INSUR",), 60),
    # Skin rubbed open without a rash stays the surgical dressing clinic's.
    ("骑车骑得大腿内侧磨破了", ("GS",), 30),
    ("my bra strap chafed the skin raw", ("GS",), 30),
    # A wish for bigger breasts stays aesthetics'; a breast lump general surgery's.
    ("我想把胸部变大", ("AEST",), 28),
    ("乳房有个硬块", ("GS",), 40),
    ("I'm on steroids for my asthma and found a lump in my breast", ("GS",), 45),
    # A baby's nappy rash stays the children's clinic's.
    ("宝宝尿布疹，屁股磨得红红的一片疹子", ("PED",), 0),
    # A cough of days with a fever stays the fever clinic's; a long cough with a low fever alone too.
    ("咳嗽三天，发烧38度5", ("FEVER",), 30),
    ("咳嗽两个月，最近低烧", ("FEVER",), 50),
    # A child with the same picture stays the children's clinic's.
    ("孩子咳了一个多月，每天下午低烧，人也瘦了", ("PED",), 8),
    # Chinese herbal medicine asked for stays the TCM clinic's.
    ("想吃中药调理一下月经", ("TCM",), 35),
]
# Red flags beside the families' words: still an emergency at I or II.
STILL_EMERGENCIES = [
    ("刚被蛇咬了，脚肿了，你们有抗蛇毒血清吗", 40),
    ("just got bitten by a snake on the ankle, do you have antivenom", 30),
    ("停酒第三天，看到墙上有虫子爬，浑身发抖", 50),
    ("stopped drinking two days ago and he had a seizure", 52),
    ("宝宝喷射状吐奶，吐出来是绿色的，精神很差", 0),
    ("咳了两个月，今天突然咳出一大口鲜血", 50),
    ("on steroids from the gym and now crushing chest pain and sweating", 30),
]


TestDesks = desk_tests(DESKS, LOOK_ALIKES, STILL_EMERGENCIES)
