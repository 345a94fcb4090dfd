"""Rank what fired: red flags to emergency, then the fever rule, then departments, or fallback.

The steps after the complaint was read (`engine.Engine.read`): each takes the fired rules and the
hospital's settings and returns suggestions; `Engine.suggest` runs them in order.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from django.utils.translation import gettext as _

from .concepts import Concept
from .redflags import VitalSign
from .specs import Config, Reason, RuleSpec, Suggestion, more_urgent
from .text import whole_words

# Each further symptom a rule finds adds this much: two signs of one department ("尿里有泡沫",
# "眼皮肿") outweigh one sign of another.
FURTHER_WORD = 2.0
# A red flag told as history, a habit or a question still tells its own department (psychiatry
# for self-harm told as past), as a department rule would: no emergency urgency, no red flag's
# weight over what is said now ("三年前被电到过，现在手指麻" is the numb fingers').
HELD_URGENCY = "III"
HELD_WEIGHT = 10
# A department whose every word was told only as history, a habit or a question (the words of a
# red flag held back) keeps this share of its score when another department's words are said
# now: "she had a heart attack in 2019, today it is her cataracts" is the eyes'.
TOLD_BEFORE_SHARE = 0.25
# Department rules of this weight or less are last-resort readings: the organs and body parts of
# each department ("甲状旁腺", "脾大", "膀胱里有个东西"), so that a question naming only an organ
# is not left to the fallback. They rank a department that nothing stronger found (below every
# other rule's weight), and add nothing to one a stronger rule found ("my heart pounds" stays the
# anxiety's when the heart's rule and psychiatry's tie).
LAST_RESORT_WEIGHT = 2
# A service point named inside a clinical story keeps this share of its score.
SERVICE_IN_A_STORY = 0.1
# Blood taken, asked for by the visitor: "can I have my blood drawn here".
_BLOODS = ("bloods done", "blood taken", "blood drawn", "blood test done")
# The visitor asks for a service: "来取报告", "在哪缴费", "where do I pay" (holding a report,
# "拿着报告", is not asking for one).
# Every alternative begins with a character, so that the regex engine looks only where one is.
_SERVICE_REQUEST = re.compile(
    "".join(
        verb + r"[^|]{0,4}(?:报告|结果|片子|胶片|药|病历|证明|手续|住院|费|钱|号|发票)|"
        for verb in (
            "取",
            # Not "拿点药", "拿些药": some medicine for a complaint told is the clinic's to give.
            "拿(?!着|到|点|些|一点)",
            "领",
            "打印",
            "复印",
            # A medicine prescribed before ("药房开的药", "医生开过的药") is told, not asked for.
            "开(?!的|过)",
            "办",
            "交",
            "缴",
            "付",
            "挂",
            "畀",
            "俾",
            # Cantonese's get ("攞药", "攞报告") and copy ("影返份病历").
            "攞",
            "影(?:返|番|印)",
        )
    )
    # A prescription already written asks for the counter that fills it ("医生开咗单").
    + r"开(?:咗|了|好)(?:单|处方|药单)|处方开好|药单开好|"
    # Or with the paper first ("医生单子已经开好了"), and medicine made up on one ("来配药的").
    + r"单子[^|]{0,4}开(?:好|了|咗)|处方[^|]{0,4}开(?:好|了|咗)|药单[^|]{0,4}开(?:好|了|咗)|"
    + r"配[^|]{0,2}药|"
    # Papers asked where to be done ("住院手续在哪里办").
    + r"手续[^|]{0,6}(?:办|交|缴)|"
    # When a report or a result is ready, or how to get it, asked ("报告几时出", "结果出来了吗",
    # "报告点攞"): one alternative for each noun.
    + "".join(
        what
        + r"(?:(?:几时|什么时候|啥时候|多久)(?:出|能出|可以拿|能拿|拿)|出来了吗|出了吗|出来没有|"
        + r"出咗未|[^|]{0,2}(?:点攞|点拿|点取|怎么拿|怎么取|怎样拿))|"
        for what in ("报告", "结果")
    )
    # A report or film fetched with its test named between ("来取上个月做的心脏彩超报告").
    + "".join(
        verb + r"[^|]{5,12}(?:报告|片子|胶片|病历)|"
        for verb in ("取", "拿(?!着|到)", "领", "打印", "攞", "影(?:返|番|印)")
    )
    # A copy of the records asked for with the stay or the operation named between ("复印去年
    # 在这里做手术的病历"), and the papers to bring for it asked ("要带什么证件").
    + r"复印[^|]{5,18}(?:病历|病例|住院记录|出院小结)|带(?:什么|啥子?|哪些)[^|]{0,2}(?:证件|材料)|"
    # Where, with 那 written for 哪 ("报告在那里拿", "药在那拿"), a fetching verb after it.
    + r"在那(?:里|儿|边)?(?:拿|取|领|打印|办|交|缴)|"
    + r"在哪|哪里|哪儿|哪个窗口|怎么走|窗口|投诉|表扬|锦旗|感谢信|报销|医保|住院部|能不能抽血|可以抽血吗|能抽血吗|"
    # A wheelchair or crutches borrowed, hired or asked after ("借个轮椅", "有冇轮椅").
    + r"借[^|]{0,4}(?:轮椅|拐杖|助行器|平车)|租[^|]{0,4}轮椅|有(?:冇|没有|没)[^|]{0,2}(?:轮椅|拐杖)|"
    # A test or a scan booked ("想预约核磁", "排期照mri", "book me in for the scan").
    + r"预约|排期|约(?:个|做|拍|照)|"
    # A medicine given back ("没拆封的能不能退", "药可以退吗", "退药"; 退烧 is no return).
    + r"退(?:药|掉|回|货|款|钱|返)|能不能退|可不可以退|可以退|能退|可唔可以退|"
    # Which floor ("抽血在几楼"), as where is.
    + r"几楼|哪一?层|几层|"
    # Something lost, asked after ("有人捡到会送去哪", "失物招领").
    + r"捡到|拾到|执到|失物|"
    # Where to get it back ("假牙落在候诊区了，去哪找", "到哪里领回").
    + r"去哪(?:儿|里)?(?:找|领|拿)|到哪(?:儿|里)?(?:找|领|拿)|"
    # Blood taken lying down, asked for by one who faints at it.
    + r"躺着抽|"
    # A scheme applied for ("慢特病怎么申请", "在哪儿申请").
    # Whether a counter is still open ("药房而家仲开唔开", "still open").
    + r"开唔开|还开吗|还开着吗|开不开门|几点关门|几点开门|开到几点|仲有人吗|还有人吗|"
    + r"慢特病|怎么申请|在哪申请|在哪儿申请|哪里申请|去哪申请|去哪儿申请|如何申请|"
    # When a ward may be visited ("探病时间是几点", "几点可以进去看").
    + r"探(?:病|视|望)(?:时间|[^|]{0,4}几点)|几点(?:可以|能)?(?:探|进去)|"
    # Where, in Cantonese ("喺边度畀钱"), and where to do it ("入院手续去哪办").
    + r"边度|喺边|哪(?:办|交|缴|拿|取|领|打印|付)|"
    # Whether an insurance pays for what is named: "健保有给付胃镜吗", "保险赔不赔", the rural
    # scheme's "新农合怎么报" (the card brought along in a story, "我有带健保卡，胃痛两天了", asks
    # for nothing).
    + "".join(
        insurer + r"[^|]{0,6}(?:赔|报|包|覆盖|给付|cover)|"
        for insurer in ("健保", "保险", "农合", "合作医疗", "社保")
    )
    + whole_words(
        "where",
        "collect",
        "collecting",
        "pick up",
        "picking up",
        "pay",
        "complain",
        "print",
        "refund",
        "check in",
        "checking in",
        "visiting (?:hours?|times?)",
        "lost and found",
        "which ward",
        "what ward",
        "still open",
        "opening hours",
        "lost property",
        "what time (?:can|may) (?:we|i) visit",
        "when (?:can|may) (?:we|i) visit",
    )
    + "|"
    # Arranging the service itself: "how do I sort out being admitted", "return these tablets".
    + whole_words(
        "sort out",
        "how do i arrange",
        "return (?:these|this|the|my|unopened)",
        "borrow",
        "lend (?:me|us|him|her)",
        "is there an? wheelchair",
        "do you have (?:an? )?wheelchairs?",
        "any wheelchairs?",
    )
    + "|"
    + whole_words(
        "booked", "book (?:me|him|her|us|in|an?|my|the)", "referral", "scheduled", "which floor"
    )
    + "|"
    + whole_words(
        *(f"when (?:is|will) (?:my|the) {what}" for what in ("result", "results", "report"))
    )
    + "|"
    + whole_words(
        "insurance covers?", "insurance pays? for", "covered by", "cover(?:ed)? by my insurance"
    )
    + "|"
    + whole_words(*(f"{verb} my {what}" for verb in ("get", "have") for what in _BLOODS))
    + "|"
    # A paper asked for in English ("need a medical cert for the insurer", "can I get a diagnosis
    # certificate"), as "开证明" is in Chinese; and in Chinese wanted by someone ("保险公司要诊断证明").
    + whole_words(
        *(
            f"{verb} (?:an?|the|my) (?:[a-z]+ ){{0,3}}"
            "(?:cert|certificate|letter from the doctor|medical report)"
            for verb in ("need", "want", "get", "request")
        )
    )
    + r"|要[^|]{0,4}(?:诊断证明|诊断书|证明书|医疗证明)"
    + "|"
    # Copies of the records asked for, for an insurer or another doctor ("my insurer wants copies
    # of the records", "need my notes sent to my GP"), and the paper named before its copy
    # ("保险公司要出院小结和病历复印件"): the records office's, whatever illness the records tell.
    + whole_words(
        *(
            f"{verb} (?:(?:me|us|him|her) )?(?:(?:an?|the|some|two|three|\\d+) ?)?cop(?:y|ies) of"
            for verb in (
                "need",
                "needs",
                "want",
                "wants",
                "get",
                "request",
                "requested",
                "asked for",
                "asking for",
                "send",
                "like",
            )
        ),
        *(
            f"{what} (?:sent|forwarded|transferred|copied)"
            for what in ("records", "notes", "discharge summary", "discharge notes")
        ),
        "send (?:my|the|his|her|our) (?:medical )?(?:records|notes)",
    )
    # (One alternative for each paper, so that each begins with a character.)
    + "".join(
        "|" + what + r"[^|]{0,4}(?:复印件|副本|复印|影印|copy)"
        for what in ("病历", "出院小结", "出院记录", "出院证明", "诊断证明", "住院记录")
    )
)


# A service told as the time of a story is not asked for: "排队交费的时候肚子疼",
# "拿药以后又吐了", "while paying".
_WHEN_AFTER = re.compile(r"的?时候|的?时(?!间)|以后|之后|" + whole_words("while", "when"))
# Medicine fetched at a follow-up visit is the clinic's: "今天回诊拿药", "复诊开药".
_FOLLOW_UP_BEFORE = re.compile(r"(?:复诊|回诊|覆诊|复查|看诊|门诊|follow up)[^|]{0,3}$")


# Which department to see: a clinical question, whatever service the story names ("想改来这边拿
# 慢性处方笺，要挂哪一科", "which clinic do I book for my knee").
_WHICH_DEPARTMENT = re.compile(
    r"挂哪|挂什么科|挂啥科|看哪个科|看哪一科|看什么科|看啥科|哪个科|哪一科|什么科室|哪个科室|睇边科|"
    + whole_words(
        "which department", "which clinic", "what department", "what clinic", "who should i see"
    )
)


def asks_which_department(normalised: str) -> bool:
    """Return whether the visitor asks which department to see."""
    return bool(_WHICH_DEPARTMENT.search(normalised))


# Whether two medicines, or a medicine and a drink, go together: the pharmacy's advice
# ("感冒药和布洛芬可以一起吃吗", "吃了头孢还能喝酒吗", "食紧抗生素饮啤酒得唔得", "is it safe to
# take … together"). Looked for only where a drink or "together" is named (few complaints).
_TOGETHER = re.compile(r"(?:一起|同时|一齐)(?:吃|服|食|用)")
_A_DRINK = re.compile(r"(?:喝|饮)[^|]{0,2}酒")
_MAY = re.compile(r"能|可以|行不行|可唔可以")
_ASKED_AFTER = re.compile(r"[^|]{0,2}(?:吗|不|得唔得|得不得)")
_MIXING_EN = re.compile(
    whole_words(
        *(f"{fine} to (?:take|have|drink|mix)" for fine in ("safe", "ok", "okay")),
        "can i (?:take|have|drink|mix)[a-z ]{0,40}(?:together|alcohol|wine|beer|a drink|with)",
    )
)


def asks_about_mixing(normalised: str) -> bool:
    """Return whether the visitor asks if a medicine goes with a drink or another medicine."""
    for expression, cues in ((_TOGETHER, ("一起", "同时", "一齐")), (_A_DRINK, ("酒",))):
        if any(cue in normalised for cue in cues):
            for match in expression.finditer(normalised):
                start, end = match.span()
                if _MAY.search(normalised, max(0, start - 5), start) or _ASKED_AFTER.match(
                    normalised, end
                ):
                    return True
    return ("together" in normalised or "to " in normalised or "can i" in normalised) and bool(
        _MIXING_EN.search(normalised)
    )


def asks_for_service(normalised: str) -> bool:
    """Return whether the visitor asks for a service point's own service."""
    if asks_about_mixing(normalised):
        return True
    for match in _SERVICE_REQUEST.finditer(normalised):
        start, end = match.span()
        if _WHEN_AFTER.match(normalised, end):
            continue
        if _FOLLOW_UP_BEFORE.search(normalised, max(0, start - 12), start):
            continue
        return True
    return False


def told_only_as_history(
    fired: "Fired", told_before: Callable[[str], bool] | None = None, *, held_counts: bool = True
) -> None:
    """Shrink the departments named only in held-back words (unless `held_counts` is false: the
    visit goes on with that illness's care), or only in clauses told in the past
    (`told_before`), when another is named now."""
    held = {word for reason in fired.held_back for word in reason.matched} if held_counts else set()

    def before(word: str) -> bool:
        return any(word in h for h in held) or (told_before is not None and told_before(word))

    only_before = [
        tally
        for tally in fired.departments.values()
        if tally.said and all(before(word) for word in tally.said)
    ]
    if only_before and len(only_before) < len(fired.departments):
        for tally in only_before:
            tally.score *= TOLD_BEFORE_SHARE


def held_back(spec: RuleSpec) -> RuleSpec:
    """Return a red flag held back as its own department sees it (`HELD_URGENCY`, `HELD_WEIGHT`)."""
    return replace(
        spec,
        urgency=HELD_URGENCY if spec.urgency in ("I", "II") else spec.urgency,
        weight=min(spec.weight, HELD_WEIGHT),
    )


@dataclass
class Tally:
    """The evidence for one department."""

    first: int  # the earliest rule (file order breaks the last ties)
    score: float = 0.0
    urgency: str = "IV"
    best: int = 0  # the strongest single rule
    reasons: list[Reason] = field(default_factory=list)
    said: set[str] = field(default_factory=set)
    child_reason: bool = False

    def add(self, spec: RuleSpec, index: int, reason: Reason) -> None:
        # Words another rule of this department counted already count once: a concept rule and
        # a phrase rule naming the same "腰疼" are one piece of evidence.
        said = self.said
        matched = reason.matched
        new = len(matched)  # the department's first rule: every word is new
        if said:
            for m in matched:
                for s in said:
                    if m in s or s in m:
                        new -= 1
                        break
        said.update(matched)
        if index < self.first:
            self.first = index
        weight = spec.weight
        if weight > self.best:
            self.best = weight
        self.score += weight + FURTHER_WORD * (new - 1) if new else 0.5
        self.urgency = more_urgent(self.urgency, spec.urgency)
        self.reasons.append(reason)

    def order(self) -> tuple[float, int, int, int]:
        # Ties: the strongest single rule, then the most words said ("眼睛红" says more than
        # "痒"), then the rules' order.
        return (-self.score, -self.best, -sum(len(m) for m in self.said), self.first)


@dataclass
class Fired:
    """The rules that fired on one complaint, by what they do."""

    red_flags: list[tuple[RuleSpec, Reason]] = field(default_factory=list)
    fever: list[tuple[RuleSpec, Reason]] = field(default_factory=list)
    departments: dict[str, Tally] = field(default_factory=dict)
    held_back: list[Reason] = field(default_factory=list)


def concept_note(
    rule: str, names: tuple[str, ...], lexicon: dict[str, Concept], script: str
) -> str:
    """Return "Overdose (sleeping pills + a large amount)" for the reason of a red flag."""
    titles = [lexicon[name].title(script) for name in names if name in lexicon]
    if not titles:
        return ""
    return _("%(rule)s (%(concepts)s)") % {"rule": rule, "concepts": " + ".join(titles)}


def emergency(
    fired: Fired, signs: list[VitalSign], normalised: str, config: Config
) -> Suggestion | None:
    """Return the emergency suggestion when a red flag or a vital sign says so.

    Red flags all point at the emergency department, whatever else they name; the department a
    red flag also names (burns, obstetrics) is offered after it.
    """
    if not fired.red_flags and not signs:
        return None
    # A vital sign past its limit is urgency I on its own, and stays so beside a red flag of II.
    urgency = "I" if signs else "II"
    for spec, _reason in fired.red_flags:
        urgency = more_urgent(urgency, spec.urgency)
    reasons = [reason for _spec, reason in fired.red_flags]
    reasons += [
        Reason(
            rule=sign.label(),
            matched=(normalised[sign.start : sign.end],) if sign.end else (),
            note=sign.note(),
        )
        for sign in signs
    ]
    for index, (spec, reason) in enumerate(fired.red_flags):
        other = spec.department
        if other and other != config.emergency_department and other not in fired.departments:
            tally = Tally(first=index, score=float(spec.weight), urgency=spec.urgency)
            tally.reasons.append(replace(reason, note=""))
            tally.said.update(reason.matched)
            fired.departments[other] = tally
    fired.departments.pop(config.emergency_department, None)
    return Suggestion(
        department=config.emergency_department,
        urgency=urgency,
        emergency=True,
        score=1000.0 + sum(spec.weight for spec, _r in fired.red_flags) + 100 * len(signs),
        reasons=tuple(reasons),
    )


def fever(
    fired: Fired, temperature: Decimal | None, child: bool, config: Config
) -> Suggestion | None:
    """Return the fever clinic (children: the hospital's choice) when there is a fever."""
    measured = temperature is not None and temperature >= config.fever_threshold
    if not fired.fever and not measured:
        return None
    destination = config.child_fever_department if child else config.fever_department
    reasons: list[Reason] = []
    if measured:
        reasons.append(
            Reason(
                rule=_("fever rule"),
                note=_("Fever: %(temperature)s °C, at or above %(threshold)s °C.")
                % {"temperature": temperature, "threshold": config.fever_threshold},
            )
        )
    reasons += [reason for _spec, reason in fired.fever]
    if child:
        where = _("paediatrics") if destination == "PED" else _("the fever clinic")
        reasons.append(
            Reason(
                rule=_("fever rule"),
                note=_("A child with fever: the hospital sends children to %(where)s.")
                % {"where": where},
            )
        )
    urgency = "III"
    for spec, _reason in fired.fever:
        urgency = more_urgent(urgency, spec.urgency)
    tally = fired.departments.pop(destination, None)
    if tally:
        reasons.extend(tally.reasons)
        urgency = more_urgent(urgency, tally.urgency)
    return Suggestion(
        department=destination,
        urgency=urgency,
        score=500.0 + (tally.score if tally else 0.0),
        reasons=tuple(reasons),
    )


def departments(fired: Fired, normalised: str, config: Config) -> list[Suggestion]:
    """Return the departments by their evidence; service points after clinical ones in a story."""
    tallies = fired.departments
    services = config.service_departments
    # What the visitor asks is read only when a service point and a clinical department are
    # both named (most complaints name no service point).
    if (
        not services.isdisjoint(tallies)
        and any(code not in services for code in tallies)
        and (not asks_for_service(normalised) or asks_which_department(normalised))
    ):
        for code, tally in tallies.items():
            if code in config.service_departments:
                tally.score *= SERVICE_IN_A_STORY
    return [
        Suggestion(
            department=code,
            urgency=tally.urgency,
            score=round(tally.score, 2),
            reasons=tuple(tally.reasons),
        )
        for code, tally in sorted(tallies.items(), key=lambda item: item[1].order())
    ]


def finish(ranked: list[Suggestion], fired: Fired, child: bool, config: Config) -> list[Suggestion]:
    """Return the ranking with the held-back red flags shown, or the fallbacks when empty."""
    if ranked:
        if fired.held_back:
            ranked[0] = replace(ranked[0], reasons=ranked[0].reasons + tuple(fired.held_back))
        return ranked
    codes = config.child_fallback_departments if child else config.fallback_departments
    note = _("Nothing in the complaint matched a rule: ask, or send to general advice.")
    return [
        Suggestion(
            department=code,
            urgency="IV",
            fallback=True,
            reasons=(Reason(rule=_("no rule matched"), note=note), *fired.held_back),
        )
        for code in codes
    ]
