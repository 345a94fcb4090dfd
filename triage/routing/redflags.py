"""Vital signs said in the complaint that are red flags by their numbers alone.

Blood pressure ≥ 180 systolic or ≥ 110 diastolic, or a systolic of 80 or less (shock),
temperature ≥ 41 °C or ≤ 35 °C, oxygen saturation < 92 %, heart rate ≥ 130 or ≤ 40, blood sugar
≤ 3.0 or ≥ 30 mmol/L: "血压280", "高压190低压120", "上面的190，下面的120", "血压量着才70多",
"血氧88", "血氧八十几", "心率140", "血糖只有二点几", "BP 190/115", "the top number is 195", "sats
89%", "sats in the 80s", "her sugar was 38". A measured temperature counts the same. The
thresholds are data (a hospital may change them); the words that introduce each number are in
`_SAID`.
"""

import re
from dataclasses import dataclass
from decimal import Decimal

from django.utils.translation import gettext as _

from . import context
from .expressions import searched
from .text import whole_words

SYSTOLIC_AT_LEAST = 180
DIASTOLIC_AT_LEAST = 110
SYSTOLIC_AT_MOST = 80
TEMPERATURE_AT_LEAST = Decimal("41")
TEMPERATURE_AT_MOST = Decimal("35")
SATURATION_BELOW = 92
HEART_RATE_AT_LEAST = 130
HEART_RATE_AT_MOST = 40
# Blood sugar in mmol/L; a reading of 40 or more is read as mg/dL (18 mg/dL to the mmol/L): a
# number between 30 and 40 is a red flag either way.
BLOOD_SUGAR_AT_MOST = Decimal("3.0")
BLOOD_SUGAR_AT_LEAST = Decimal("30")

# English numbers in words ("eighty five", "a hundred and forty", "two hundred over one twenty":
# a hundred said as its first word, as people read a reading aloud).
_EN_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_EN_TEENS = (
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
_EN_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_WORDS = {word: n for n, word in enumerate(_EN_ONES, 1)}
_EN_WORDS |= {word: n for n, word in enumerate(_EN_TEENS, 10)}
# A tens word counts its tens ("forty" is 4, read as 40 by `_english_number`).
_EN_WORDS |= {word: n for n, word in enumerate(_EN_TENS, 2)}
_EN_TWO_DIGITS = (
    rf"(?:(?:{'|'.join(_EN_TENS)})(?:[- ](?:{'|'.join(_EN_ONES)}))?|(?:{'|'.join(_EN_TEENS)}))"
)
_EN_NUMBER = (
    rf"\b(?:(?:a|one|two) hundred(?: and)?(?: {_EN_TWO_DIGITS}| (?:{'|'.join(_EN_ONES)}))?|"
    rf"(?:one|two) {_EN_TWO_DIGITS}|{_EN_TWO_DIGITS})\b"
    # Not the first words of a longer number ("thirty five", read whole or not at all).
    rf"(?![- ](?:{'|'.join(_EN_ONES + _EN_TEENS + _EN_TENS)}|hundred)\b)"
)
# A number in digits, in Chinese numerals ("一百八十", "一百四", "两百") or in English words.
_NUMBER = r"(\d{2,3}|[一二两三四五六七八九十百零]{2,6}|" + _EN_NUMBER + ")"
_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_ZH_DIGITS["九"] = 9


def _english_number(said: str) -> int:
    """Return the value of a number said in English words ("a hundred and forty" is 140, "one
    twenty" 120 as a reading is read aloud)."""
    words = [word for word in said.replace("-", " ").split() if word != "and"]
    hundreds = 0
    if len(words) > 1 and words[1] == "hundred" and (words[0] == "a" or words[0] in _EN_ONES):
        hundreds, words = (1 if words[0] == "a" else _EN_WORDS[words[0]]) * 100, words[2:]
    elif len(words) > 1 and words[0] in ("one", "two") and words[1] not in _EN_ONES:
        hundreds, words = _EN_WORDS[words[0]] * 100, words[1:]
    rest = 0
    for word in words:
        value = _EN_WORDS.get(word)
        if value is None:
            return 0  # not a number said in words
        rest += value * 10 if word in _EN_TENS else value
    return hundreds + rest


def number(said: str) -> int:
    """Return the value of a number said in digits, Chinese numerals ("一百四十" is 140, and
    "一百四" is 140 as people say it) or English words ("a hundred and forty"); 0 when it is not
    one."""
    if said.isdigit():
        return int(said)
    if said[:1].isascii():
        return _english_number(said)
    total = current = 0
    unit_before = 1
    for char in said:
        if char == "零":
            unit_before = 1  # "一百零五": what follows is ones
        elif char in _ZH_DIGITS:
            current = _ZH_DIGITS[char]
        elif char in "十百":
            unit = 10 if char == "十" else 100
            total += (current or 1) * unit
            current, unit_before = 0, unit
        else:
            return 0
    # A digit after 百 with no 十 is tens ("一百四"); after 十 it is ones.
    return total + (current * 10 if unit_before == 100 and current else current)


# A reading told in the clause after its word ("测了体温，41.5", "we checked his oxygen, it says
# 84", "his pulse, I counted it, 150 a minute"): up to two clause breaks and a few words each.
_NEXT_CLAUSES = r"(?:\|[^|0-9]{0,16}?){0,2}"
# A number that is an age, a time, a count or a weight is no reading ("体温正常，35岁").
_NO_UNIT = (
    r"(?![0-9.]|\s*(?:岁|歲|多岁|年|多年|天|日|个|次|斤|公斤|周|月|号|楼|床|块|元|步|米|分钟|小时|"
    r"years?\b|yrs?\b|days?\b|weeks?\b|months?\b|hours?\b|mins?\b|minutes?\b|kg\b|lbs?\b|"
    r"pounds?\b|floor\b))"
)

_SAID = {
    "blood_pressure": searched(
        # "BP reading 210 over 125": a reading's own words may stand between; "his pressure's
        # 210" is the blood's.
        # "上压210" is Hong Kong's systolic, "下压" its diastolic.
        # "my husband pressure is 220 on 130": a relative's pressure, "on" between the two.
        r"(?:血压|高压|上压|收缩压|blood pressure|bp|\b(?:his|her|my|mums|dads|their) pressures?\b|"
        r"\b(?:his|her|my|our|their) (?!(?:tyres?|tires?|water|eyes?|ears?|air|sinus|work|peer)\b)"
        r"[a-z]+ pressures?\b)"
        r"(?: (?:reading|readings|reads|was|is|of))*[^0-9]{0,6}?"
        # Or in the clause after, told as what the machine showed ("my father blood pressure,
        # machine say 230 and 130", "量了血压，显示190"); not any number after ("…的时候，发觉居然
        # 达到230了" of days ago is its own story).
        + r"(?:\|(?:[a-z ]{0,16}?\b(?:says?|said|shows?|showed|reads?|is|was)|[^|0-9]{0,4}?"
        + r"(?:显示|读数|量出来|测出来|是))[^|0-9]{0,3}?)?"
        + _NUMBER
        + r"(?:\s*(?:/|\||-|低压|下压|舒张压|over|and|on)\s*"
        + _NUMBER
        + ")?"
    ),
    "diastolic": re.compile(
        r"(?:低压|下压|舒张压|diastolic|bottom number|lower number)(?: (?:is|was|of))*[^|0-9]{0,4}?"
        + _NUMBER
    ),
    # The two numbers said by where the machine shows them ("上面的190，下面的120", "上边两百
    # 下边一百一"), or the top one by its name ("the top number is 195").
    "top_bottom": searched(
        r"(?:上面|上边|上头)(?:的|那个|个)?(?:是|有|得|到)?"
        + _NUMBER
        + r"[^0-9]{0,4}?(?:下面|下边|下头)(?:的|那个|个)?(?:是|有|得|到)?"
        + _NUMBER
        + r"|\b(?:top|upper) number(?: (?:is|was|of|reads|reading|at))*[^|0-9]{0,4}?(\d{3})"
    ),
    # A reading said as a pair, whatever words come before it ("the machine at the chemist said
    # 210 over 125", "量出来210/125"): three digits over two or three, the second the lower.
    # (Its first digit before the look-behind: the regex engine looks only where a 1 or a 2 is.)
    "pair": re.compile(r"([12](?<![0-9./][12])[0-9]{2}) ?(?:/|over) ?([0-9]{2,3})(?![0-9./])"),
    "saturation": searched(
        # The clip on a finger said by what it does ("指头上夹的那个测氧的才85", "量氧只得87",
        # "the finger clip thing read 86", "sat level 88").
        r"(?:血氧饱和度|血氧|血含氧|含氧量|氧饱和度|饱和度|测氧|量氧|验氧|度氧|氧气值|氧值|"
        # A bare "sat" only right before a reading ("sat 90": its percent sign dropped).
        r"spo2|sao2|sats|sat (?:level|reading|was|is|of)|sat(?= [0-9]{2}(?![0-9]| ?min))|"
        r"ox[iy]gen saturation|ox[iy]gen level|ox[iy]gen|"
        r"pulse ox(?:imeter)?|oximeter|o2 sats?|o2|finger (?:clip|monitor|probe|thing|sensor|machine|device|meter)|"
        # The clip said by where it sits ("那个夹手指的仪器显示才七十一", "血氧仪"), not a finger
        # caught in a door: the clip's own word after it.
        r"血氧仪|血氧计|测氧仪|指夹式|(?:夹|夾)(?:在)?(?:手指|指头)(?:上)?(?:的|嘅)(?:那个|个)?"
        r"(?:仪器|机器|东西|玩意儿?|夹子)|(?:手指|指头)上?(?:夹|夾)(?:的|着|住)(?:那个|个)?"
        r"(?:仪器|机器|东西|玩意儿?|夹子))"
        # "the oximeter at the hostel said 86", "血氧仪在药店量了一下只有86": where it was read
        # may stand between, then what it said.
        r"(?: (?:at|in|from|on) (?:the |a |my |our |his |her |their )?[a-z]+(?: [a-z]+)?"
        r" (?:said|says|showed|shows|read|reads|was|is|gave)|在[^|0-9]{1,6}?(?:量|测|夹|验))?"
        # "the finger clip thing read 86": a reading's own words may stand between.
        # "sats in the high 80s": a decade is a reading in it.
        r"(?: (?:thing|reading|read|reads|said|says|showed|shows|was|is|at|home|only|just|in|the|"
        # "the oximeter keeps showing 84", "is showing 86", "kept saying 88", "stuck at 85",
        # "her oxygen keeps dropping to 85", "sats dipping below 88", "his sats are falling to 86".
        # "finger machine show 82": the reading's verb said bare in a second language.
        r"low|mid|high|keeps|kept|keep|showing|show|saying|say|still|stuck|sitting|hovering|now|are|were|"
        r"dropping|dropped|drops|dipping|dipped|dips|falling|fell|going|goes|went|down|to|below|"
        r"under))*"
        r"[^|0-9]{0,6}?"
        + _NEXT_CLAUSES
        + _NUMBER
        + _NO_UNIT
        # Or the reading first, then what it is of ("the machine says 88 for oxygen").
        + r"|(?<![0-9.])([0-9]{2}) (?:for|on) (?:the |her |his |my )?(?:ox[iy]gen|o2|sats?|saturation)\b"
    ),
    "heart_rate": re.compile(
        r"(?:心率|心跳|脉搏|脉率|heart rate|pulse rate|pulse|hr)"
        # "his pulse is about 130": a reading's own words may stand between.
        r"(?: (?:is|was|of|reading|reads|about|around|at|over|nearly|almost|up to|like|in|the|low|"
        r"mid|high))*"
        r"[^|0-9]{0,6}?" + _NEXT_CLAUSES + _NUMBER + _NO_UNIT + "|"
        # Counted in beats right after the word ("心跳150次", "脉搏一百四十下", "心率120次/分").
        r"(?:心率|心跳|脉搏|脉率)(?:有|是|都|快到|到了|到|达到|达|每分钟|一分钟)?"
        + _NUMBER
        + r"(?:多|几)?(?:次|下)(?![0-9])|"
        # Counted over a minute ("一分钟一百四十几下", "一分钟160") or said of the heart ("racing
        # at 150").
        # "一分种" is its common typo; the count may follow a verb or a "just" ("一分钟跳了一百八",
        # "每分钟才三十几下").
        r"(?:每|一|1)分(?:钟|种)(?:跳|跳了|跳咗|有|都有|才|只有|只得|得|快|超过|差不多|将近)?"
        + _NUMBER
        + r"(?:多|几)?(?:下|次)?(?![0-9]|步|米|个|字|毫升|ml)|"
        r"(\d{2,3}) (?:beats )?(?:a|per|each) minute\b|"
        # A wearable's reading ("my watch says 148", "手表显示150", "手环上一百六"): its heart rate
        # (not its steps or calories: `_NO_UNIT` and the words after).
        r"(?:手表|手环|智能表|watch|fitbit)(?: (?:says|said|shows|showed|reads|read|is|was|at|on))*"
        r"[^|0-9]{0,6}?"
        + _NUMBER
        + _NO_UNIT
        + r"(?! ?(?:/|over\b|steps|步|卡|kcal|cal|calories|km|公里))|"
        r"\bhearts?\b[^|0-9]{0,6}\b(?:racing|pounding|beating|going|thumping)(?: at| over| about| like)? "
        r"(\d{2,3})\b(?! ?(?:min|sec|hour|day|week|month|year))|(\d{2,3}) ?(?:bpm|beats)\b|"
        # The heart's own reading, told with "about" ("heart about 170", "heart's at 150").
        r"\bhearts? (?:is |was |s )?(?:about|around|at|over|nearly|almost|like) (\d{2,3})\b"
        r"(?! ?(?:min|sec|hour|day|week|month|year|percent|%))|"
        # The unit first, as a monitor shows it ("bpm 135").
        r"\bbpm (\d{2,3})\b"
    ),
    # A temperature said with its word ("temperature is 34.6", "体温只有34") when the desk
    # measured none and the complaint's number is not next to its unit.
    "temperature": re.compile(
        # Or taken at the ear, the forehead, the armpit or the mouth ("耳温量只有34.2", "額溫
        # 34.5"), or the thermometer's ("the ear thermometer says 34.8").
        r"(?:体温|耳温|额温|肛温|腋温|口温|"
        + whole_words("body temp(?:erature)?", "temperature", "temp", "thermometer")
        + r")[^|0-9]{0,8}?"
        + _NEXT_CLAUSES
        + r"(\d{2})(?:\.(\d))?"
        + _NO_UNIT
        # A chart's "T" before a reading with its decimal ("T 41.0", "t39.8").
        + r"|\bt ?([34][0-9])\.([0-9])\b"
    ),
    # Blood sugar from a finger-prick meter ("血糖只有二点几", "测了血糖才1.8", "血糖仪显示HI",
    # "her sugar was 2.1", "glucose reading 40"): digits with their decimal, or Chinese numerals
    # with theirs ("二点五", "一点多", "三十几"). Not a time of the day ("血糖是下午两点测的").
    "blood_sugar": re.compile(
        r"(?:血糖|测糖|验糖|"
        # A diabetic's "meter" is his sugar meter ("insulin…his meter says 2.1": `_SUGAR_CUE`).
        + whole_words("blood sugars?", "sugars?", "glucose", "glucometer", "bgl?", "bm", "meter")
        + r")(?: (?:level|levels|reading|readings|read|reads|was|is|of|at|only|just|down to|"
        r"dropped to|came up|showed|shows|says|said))*"
        r"\|?[^|0-9午晚早凌点钟]{0,6}?"
        r"(?:(\d{1,3})(?:\.(\d))?|([一二两三四五六七八九十百]{1,4})(?:点([一二三四五六七八九几多]))?(?:几|多)?"
        # A Chinese number said as a reading ends there ("只有二点几|", "三十多了"), not a word
        # that begins with one ("一直高", "一会儿低").
        r"(?=$|\||\s|mmol|左右|了|啦|啊|呀|的|而已|都|还))"
        r"(?![0-9]|\s*(?:点钟|点半|岁|年|天|个|次|小时|分钟|hours?\b|years?\b|days?\b|times\b|"
        r"pm\b|am\b|o.?clock))"
        # A meter's top said as its word ("血糖机显示HI", "the glucose meter shows hi").
        r"|(?:血糖|sugar|glucose)[^|0-9]{0,8}?(?:显示|显|shows?|showed|says|said|reads?)?\s?"
        r"(?<![a-z])(hi)(?![a-z])"
    ),
}

# A reading taken in a story about blood pressure ("高血压…自己量了一下到了260"): the number
# after "量/测", three digits, not a temperature, a weight or a count.
_MEASURED = re.compile(
    r"(?:量|测)了?(?:一下|一量|一测)?(?:血压)?[^|0-9]{0,4}?(\d{3})"
    r"(?![0-9.]|\s*(?:度|°|℃|斤|公斤|kg|次|下|毫升|ml))"
)
# Every heart rate said holds one of these, and most complaints none: the heart rate's own
# expression begins with groups and classes, which the regex engine tries at every character.
_HEART_RATE_CUE = re.compile(
    r"心率|心跳|脉|分钟|分种|heart|pulse|hr|bpm|beat|watch|手表|手环|fitbit"
)
_ABOUT_PRESSURE = re.compile(r"血压|高压|上压|blood pressure")

_PEAK_PAST = re.compile(
    r"最高的时候|最高时|最高曾|最高到过|最高达到过|最高有过|曾经|以前|过去|at (?:its|the) highest|"
    # "心率到过182", "飙到过190": reached once (the experiential 过), not now.
    r"(?:到|达到|飙到|冲到|去到|上到|升到)过"
)
# A heart rate read while exercising ("跑步的时候手表上心率182", "hit 175 during my run"): the
# heart of a body at work, no red flag by its number, unless the complaint tells the body unwell
# with it (`_UNWELL`, not denied: a faint, a pain, breathlessness keep the reading a red flag;
# "no chest pain" does not).
_DURING_EXERCISE = re.compile(
    r"(?:跑步|运动|锻炼|健身|爬山|登山|行山|徒步|骑车|踩单车|打球|游泳|跳绳|训练|比赛|跑马拉松)"
    r"(?:的)?(?:时候|时|中|期间|嗰阵)|"
    + whole_words(
        "while (?:running|jogging|exercising|working out|cycling|training|racing|climbing|hiking)",
        "during (?:my |a |the )?(?:run|jog|workout|exercise|training|race|spin class|match|climb|"
        "hike)",
        "on (?:the|my|a) (?:climb|hike|run|way up)",
    )
)

# A number said after the diastolic's own word ("血压低压只有50"), a pulse's or an age's is no
# systolic; one said as how low the pressure got is.
_NOT_SYSTOLIC = re.compile(
    r"低压|下压|舒张压|心率|心跳|脉搏|今年|年纪|diastolic|bottom|lower|pulse|heart|age"
)
_LOW_SAID = re.compile(
    r"才|只有|只得|得返|低到|降到|掉到|跌到|剩|only|just|down to|dropped|fell|low"
)
# A count over a minute said of the breath, its clause naming no heartbeat ("呼吸一分钟三十多次",
# "喘气每分钟六十下", "breathing 40 times a minute"): a breathing rate, not a heart rate.
_BREATHS_COUNTED = re.compile(
    r"(?:呼吸|喘气|抖气|唞气|breathing|breaths|breathes)(?:(?!心|脉|pulse|heart)[^|]){0,10}?"
    r"(?:每|一|1)分(?:钟|种)|\bbreath(?:ing|s)?\b(?:(?!pulse|heart)[^|]){0,20}?\b(?:a|per|each) minute"
)
# The names of each reading, to tell whose a number is when two are named.
_READING_NAMES = {
    "heart_rate": r"心|脉|pulse|heart",  # (心 of 心率, 心跳, 心慌: the heart's)
    "blood_pressure": r"血压|低压|高压|blood pressure|\bbp\b",
    "saturation": r"血氧|oxygen|\bsats?\b",
    "temperature": r"体温|\btemp",
    "blood_sugar": r"血糖|sugar",
}


def _other_than(concept: str) -> str:
    """Return the names of the readings other than `concept`, as one alternation."""
    return "|".join(names for name, names in _READING_NAMES.items() if name != concept)


# Another reading's name between a heart's word and a number: the number is that reading's
# ("心跳有点快，不过……自己量血压135/85").
_OTHER_READING = re.compile(_other_than("heart_rate"))
# The readings a habit holds back (a high pressure said as usual is still a red flag today).
_TOLD_AS_HABIT = frozenset({"low_blood_pressure", "blood_sugar"})
_SUGAR_CUE = re.compile(
    r"血糖|测糖|验糖|sugar|glucose|glucometer|\bbgl?\b|\bbm\b|diabet|insulin|糖尿病|胰岛素"
)


def _blood_sugar(match: re.Match[str]) -> Decimal | None:
    """Return the blood sugar a reading says, in mmol/L (a meter's "HI" is its top, 33.3)."""
    digits, decimal, chinese, chinese_decimal, high = match.groups()
    if high:
        return Decimal("33.3")
    if digits:
        whole, tenth = int(digits), int(decimal or 0)
    elif chinese:
        whole = number(chinese)
        # "二点几", "一点多": the decimal unknown, read as its middle; "三十几" as 35.
        tenth = _ZH_DIGITS.get(chinese_decimal, 5) if chinese_decimal else 0
        if not chinese_decimal and match.group(0)[-1] in "几多" and len(chinese) > 1:
            whole += 5
    else:
        return None
    if not whole and not tenth:
        return None
    value = Decimal(f"{whole}.{tenth}")
    if value >= 40:  # mg/dL
        value = (value / 18).quantize(Decimal("0.1"))
    return value


@dataclass(frozen=True)
class VitalSign:
    """A vital sign whose number is a red flag, with what the reason says."""

    concept: str
    value: str
    start: int
    end: int

    def note(self) -> str:
        notes = {
            "blood_pressure": _("Blood pressure %(value)s: at or above 180/110."),
            "low_blood_pressure": _("Blood pressure %(value)s: a systolic of 80 or less."),
            "blood_sugar": _("Blood sugar %(value)s mmol/L: 3.0 or less, or 30 or more."),
            "saturation": _("Oxygen saturation %(value)s %%: below 92 %%."),
            "heart_rate": _("Heart rate %(value)s: 130 or more, or 40 or less."),
            "temperature": _("Temperature %(value)s °C: 41 °C or more, or 35 °C or less."),
        }
        return notes[self.concept] % {"value": self.value}

    def label(self) -> str:
        labels = {
            "blood_pressure": _("very high blood pressure"),
            "low_blood_pressure": _("very low blood pressure"),
            "blood_sugar": _("very low or very high blood sugar"),
            "saturation": _("low oxygen saturation"),
            "heart_rate": _("very fast or very slow heart rate"),
            "temperature": _("extreme body temperature"),
        }
        return labels[self.concept]


_UNWELL = re.compile(
    r"晕|胸|痛|疼|闷|喘|眼前|心慌|难受|辛苦|"
    r"faint|pass(?:ed|ing)? out|dizz|light ?headed|chest|pain|breath|collaps|black|sick"
)


def _told_unwell(normalised: str, story: context.Story, words: re.Pattern[str]) -> bool:
    """Return whether the complaint tells one of `words` and does not deny it ("no chest pain"
    is none)."""
    return any(
        not story.mention(found.start(), found.end()).negated
        for found in words.finditer(normalised)
    )


def _exercising(normalised: str, sign: VitalSign, story: context.Story) -> bool:
    """Return whether a heart rate was read while exercising, said in its clause, the complaint
    telling nothing unwell."""
    if sign.concept != "heart_rate" or _told_unwell(normalised, story, _UNWELL):
        return False
    start = normalised.rfind("|", 0, sign.start) + 1
    end = normalised.find("|", sign.end)
    return bool(_DURING_EXERCISE.search(normalised, start, len(normalised) if end < 0 else end))


# A heart rate read now and then over days or weeks ("my watch showed 130 at rest a couple of
# times", "手表有几次显示140"): episodes told, no reading of today, unless the complaint tells the
# body unwell with them (`_SERIOUS`, not negated: "no pain" is none) or the reading's clause says
# now.
_NOW_AND_THEN = re.compile(
    r"有几次|好几次|偶尔|有时|时不时|间中|"
    + whole_words(
        "a couple of times",
        "a few times",
        "several times",
        "once or twice",
        "sometimes",
        "occasionally",
        "now and then",
        "every now and then",
        "on and off",
        "from time to time",
        "at times",
    )
)
_SERIOUS = re.compile(
    r"晕|胸|痛|疼|闷|喘|眼前|黑矇|糊涂|迷糊|没精神|叫不醒|"
    r"faint|pass(?:ed|ing)? out|dizz|light ?headed|chest|pain|breath|collaps|black(?:ed)? out|"
    r"confus|drowsy|unrespons"
)
# A reading said as what it is ("his heart rate is 150 and sometimes…"): today's.
_IS_NOW = re.compile(whole_words("is", "are", "am", "its", "hes", "shes"))


# The words between a later reading's cue and its number: no other reading's name ("今天心跳100"
# is no blood pressure).
_NO_OTHER_READING = r"(?:(?!" + _other_than("blood_pressure") + r")[^|])"
# A reading of today or now, later in the complaint ("今天有乖乖吃药量是140").
_READ_TODAY = re.compile(
    r"(?:今天|今日|今朝|现在|而家|today|now)"
    + _NO_OTHER_READING
    + r"{0,12}?(?<![0-9./])(1[0-9]{2}|[5-9][0-9])(?![0-9])"
)
# A reading taken again after a rest ("休息完再度得135", "再量是130", "rechecked it, 135").
_READ_AGAIN = re.compile(
    r"(?:再量|再测|再度|复测|又量|重新量|休息[^|]{0,6}?量|rechecked|checked again|measured again)"
    + _NO_OTHER_READING
    + r"{0,10}?(?<![0-9./])(1[0-9]{2}|[5-9][0-9])(?![0-9])"
)


def _read_lower_later(normalised: str, sign: VitalSign) -> bool:
    """Return whether a high blood pressure is read lower again after a rest ("量到180，休息完再度
    得135") or today after an earlier day ("阿嬤昨天量血压180，今天吃药量是140"): the later reading
    is the visitor's, the first one over."""
    upper = sign.value.split("/")[0]
    if sign.concept != "blood_pressure" or not upper.isdigit() or int(upper) < SYSTOLIC_AT_LEAST:
        return False  # (a high lower number is not read again by an upper one)
    again = _READ_AGAIN.search(normalised, sign.end)
    if again is None:
        start = normalised.rfind("|", 0, sign.start) + 1
        if not context.told_of_an_earlier_day(normalised[start : sign.start]):
            return False
        again = _READ_TODAY.search(normalised, sign.end)
    return again is not None and SYSTOLIC_AT_MOST < int(again.group(1)) < SYSTOLIC_AT_LEAST


def _now_and_then(normalised: str, sign: VitalSign, story: context.Story) -> bool:
    """Return whether a fast heart rate is told as read now and then, nothing serious said with
    it (a slow one is never: a heart in its thirties now and then is seen)."""
    if sign.concept != "heart_rate" or int(sign.value) < HEART_RATE_AT_LEAST:
        return False
    start = normalised.rfind("|", 0, sign.start) + 1
    end = normalised.find("|", sign.end)
    clause = normalised[start : len(normalised) if end < 0 else end]
    if (
        not _NOW_AND_THEN.search(clause)
        or context.says_now(clause)
        or _IS_NOW.search(normalised, start, sign.end)
    ):
        return False
    return not _told_unwell(normalised, story, _SERIOUS)


def vital_signs(
    normalised: str, temperature: Decimal | None = None, *, story: context.Story | None = None
) -> list[VitalSign]:
    """Return the vital signs of the complaint (and the measured temperature) that are red flags.

    A number said as history, a habit or a question ("以前血压200", "血压180会怎样") is not one.
    """
    found: list[VitalSign] = []
    for match in _SAID["blood_pressure"].finditer(normalised):
        systolic = number(match.group(1))
        diastolic = number(match.group(2)) if match.group(2) else 0
        # A second number not below the first is not its diastolic ("血压，140，140算高吗"
        # is one reading said twice): the pressure between beats is always the lower one.
        if diastolic >= systolic:
            diastolic = 0
        if 60 <= systolic <= 320 and (
            systolic >= SYSTOLIC_AT_LEAST or DIASTOLIC_AT_LEAST <= diastolic <= 200
        ):
            value = f"{systolic}/{diastolic}" if diastolic else str(systolic)
            found.append(VitalSign("blood_pressure", value, match.start(), match.end()))
        # A low systolic (shock), said as a pair or as how low it got ("血压量着才70多", "BP
        # dropped to 70"): a number alone may be an age or a pulse the machine shows ("血压高，今
        # 年75了", "血压计上显示心率75"), and one under 50 is the lower number of a pair.
        elif (
            50 <= systolic <= SYSTOLIC_AT_MOST
            and (diastolic or _LOW_SAID.search(match.string, match.start(), match.start(1)))
            and not _NOT_SYSTOLIC.search(match.string, match.start(), match.start(1))
        ):
            value = f"{systolic}/{diastolic}" if diastolic else str(systolic)
            found.append(VitalSign("low_blood_pressure", value, match.start(), match.end()))
    for match in _SAID["pair"].finditer(normalised):
        systolic, diastolic = int(match.group(1)), int(match.group(2))
        if 40 <= diastolic < systolic and (
            systolic >= SYSTOLIC_AT_LEAST or diastolic >= DIASTOLIC_AT_LEAST
        ):
            found.append(
                VitalSign("blood_pressure", f"{systolic}/{diastolic}", match.start(), match.end())
            )
    if _ABOUT_PRESSURE.search(normalised):
        for match in _MEASURED.finditer(normalised):
            systolic = number(match.group(1))
            if SYSTOLIC_AT_LEAST <= systolic <= 320:
                found.append(VitalSign("blood_pressure", str(systolic), match.start(), match.end()))
    for match in _SAID["top_bottom"].finditer(normalised):
        systolic = number(match.group(1) or match.group(3))
        diastolic = number(match.group(2)) if match.group(2) else 0
        if diastolic < systolic <= 320 and (
            systolic >= SYSTOLIC_AT_LEAST or DIASTOLIC_AT_LEAST <= diastolic <= 200
        ):
            value = f"{systolic}/{diastolic}" if diastolic else str(systolic)
            found.append(VitalSign("blood_pressure", value, match.start(), match.end()))
    for match in _SAID["diastolic"].finditer(normalised):
        diastolic = number(match.group(1))
        if DIASTOLIC_AT_LEAST <= diastolic <= 200:
            found.append(VitalSign("blood_pressure", f"–/{diastolic}", match.start(), match.end()))
    for match in _SAID["saturation"].finditer(normalised):
        saturation = number(match.group(1) or match.group(2))
        # A decade said for a reading in it ("in the 80s", "九十几", "八十多") is its middle.
        if saturation % 10 == 0 and normalised[match.end() : match.end() + 1] in {"s", "几", "多"}:
            saturation += 5
        if 50 <= saturation < SATURATION_BELOW:
            found.append(VitalSign("saturation", str(saturation), match.start(), match.end()))
    if _SUGAR_CUE.search(normalised):
        for match in _SAID["blood_sugar"].finditer(normalised):
            sugar = _blood_sugar(match)
            if sugar is not None and (
                sugar <= BLOOD_SUGAR_AT_MOST or BLOOD_SUGAR_AT_LEAST <= sugar <= 100
            ):
                found.append(VitalSign("blood_sugar", str(sugar), match.start(), match.end()))
    heart_rates = (
        _SAID["heart_rate"].finditer(normalised) if _HEART_RATE_CUE.search(normalised) else ()
    )
    for match in heart_rates:
        # A decade said for a rate ("in the 40s", "四十几") is read at its lowest: a slow heart
        # in its forties is seen (a saturation's decade is its middle, see above).
        group = next(index for index, value in enumerate(match.groups(), 1) if value)
        rate = number(match.group(group))
        if _OTHER_READING.search(normalised, match.start(), match.start(group)):
            continue  # the number is another reading's ("心跳有点快，自己量血压135")
        if _BREATHS_COUNTED.search(
            normalised, normalised.rfind("|", 0, match.start()) + 1, match.start() + 3
        ):
            continue  # breaths counted over a minute ("呼吸一分钟三十多次"), not heartbeats
        if 20 <= rate <= HEART_RATE_AT_MOST or HEART_RATE_AT_LEAST <= rate <= 250:
            found.append(VitalSign("heart_rate", str(rate), match.start(), match.end()))
    for match in _SAID["temperature"].finditer(normalised):
        degrees, tenths, chart_degrees, chart_tenths = match.groups()
        said = Decimal(f"{degrees or chart_degrees}.{tenths or chart_tenths or 0}")
        if Decimal("25") <= said <= TEMPERATURE_AT_MOST or TEMPERATURE_AT_LEAST <= said <= 43:
            found.append(VitalSign("temperature", str(said), match.start(), match.end()))
    # A number said as the highest it ever was ("血压最高的时候180") is history.
    found = [sign for sign in found if not _PEAK_PAST.search(normalised, sign.start, sign.end)]
    found = [sign for sign in found if not _read_lower_later(normalised, sign)]
    if story is None or story.text != normalised:
        story = context.Story(normalised)
    if found and any(sign.concept == "heart_rate" for sign in found):
        found = [
            sign
            for sign in found
            if not _exercising(normalised, sign, story)
            and not _now_and_then(normalised, sign, story)
        ]
    now = [
        sign
        for sign in found
        if not (mention := story.mention(sign.start, sign.end)).negated
        and not (mention.past or mention.condition or mention.hypothetical)
        # A low pressure or sugar told as a habit ("血压一直偏低", "血糖老是低") is a known
        # condition's, not today's collapse.
        and not (mention.habit and sign.concept in _TOLD_AS_HABIT)
    ]
    if temperature is not None and (
        temperature >= TEMPERATURE_AT_LEAST or temperature <= TEMPERATURE_AT_MOST
    ):
        now.append(VitalSign("temperature", str(temperature), 0, 0))
    # One reason per vital sign.
    return list({sign.concept: sign for sign in reversed(now)}.values())[::-1]
