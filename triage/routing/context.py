"""Read each mention in its clause: negated, history, a question, habitual, someone's words.

A mention is where a rule's phrase was found in the normalised complaint (clauses are separated by
`text.CLAUSE`, and by an English turn, "… but …": `with_turns`). A negated mention counts for no
rule. A red flag that is not happening now — told as history ("2年前脑梗"), as a diagnosis or what
a doctor said ("查出来脑梗死"), as something that happens often ("经常突然晕过去"), or inside a
question about a condition ("会导致呼吸困难吗") — does not make an emergency, but stays visible in
the reasons.
"""

import re
from dataclasses import dataclass

from .expressions import searched
from .text import CLAUSE, whole_words

# A negation right before a phrase, in the same clause, cancels it: "没有发烧", "不发烧",
# "无胸痛", "no fever", "without any pain". Words like "止不住" do not end in a negation.
_NEGATION_ZH = re.compile(
    # 冇 and 唔 are Cantonese ("冇发烧", "唔痛").
    # "不得不" (must) and "不知不觉" (without noticing) deny nothing.
    # "不是我发烧": not the visitor's own.
    r"(?:(?:(?<![是还])不是(?:我|小孩|孩子|宝宝|他|她|佢)|唔系(?:我|个仔|个女|佢|bb)|(?<![是还])不是|并不是|唔系|不(?<!不得不)(?<!不知不)|没|无|未|冇|唔|否认|并无|从未|从没)"
    # "冇得发烧", "没得痰" (Hubei, Sichuan): 没得 and 冇得 are 没有 (not "不得", as "恨不得").
    r"(?:有|(?<=[没冇])得)?"
    # "冇乜发烧", "冇咩痰": hardly any (Cantonese); "没见发烧": none seen.
    r"(?:(?<=冇)乜|(?<=冇)咩|(?<=[没未])见)?"
    # "没有想伤害自己", "不打算轻生": the thought denied is not had; "冇谂过要" is Cantonese's
    # "never thought of".
    # "未试过晕低", "冇试过咁": never had (Cantonese 试过, "ever").
    # "冇话过想死", "没说过要寻死": never said it, and so not told.
    # "没吃阿司匹林", "冇食薄血药": a medicine denied.
    r"(?:怎么|咋|太|什么|啥|再|明显|任何|出现|感到|觉得|发现|觉|伴|伴有|想|想过|打算|要|谂|谂过|念过|试过|"
    r"吃|吃过|服|服过|服用|食|食过|"
    # "不会想伤害自己": nor would.
    r"会想|"
    r"话过|讲过|说过|提过|"
    # "冇话想伤害自己", "没说想死": nor said wanting it.
    r"(?:说|话|讲)过?(?:想|要)|"
    # "冇真系吐血", "没真的晕": not really.
    r"真的|真系|真正)?"
    # "不是遭蛇咬", "没被狗咬到", "唔系俾蛇咬": the passive's agent denied.
    # "不是来看急诊的", "唔系嚟睇急症": not what the visitor came for.
    # (不过 is "but": "不过胸口很痛" denies nothing.)
    r"(?:有|(?<!不)过)?(?:要|去|来|过来|嚟)?(?:看|挂|睇)?(?:被|遭|俾|畀)?"
    # "没有手脚无力", "冇半边身麻": the place of what is denied before it.
    r"(?:手脚|四肢|半边身|半边|手臂|胳膊|手|脚|腿)?)$"
)
# "现在也不会头痛头晕" (nor does it ache or spin now): a feeling denied with 不会, each feeling of
# a list told one after another ("不会" before a skill, "不会走路", is an inability, not a denial;
# "会不会发烧" asks).
_FELT = re.compile(r"头?(?:痛|疼|晕|昏)|发烧|发热|恶心|想吐|呕吐|吐|心慌|胸闷|痒|咳|喘")
_WONT_FEEL = re.compile(
    r"(?<!会)(?:不会|唔会)(?:(?:头痛|头疼|头晕|头昏|发烧|发热|恶心|想吐|呕吐|心慌|胸闷|痛|疼|晕|痒)"
    r"(?:、|和|或|跟|也|同)?){0,3}$"
)
_NEGATION_EN = re.compile(
    r"(?:^|\s)(?:no|not|nothing|without|denies|deny|never|dont have|doesnt have|didnt have|"
    r"hasnt had|havent had|free of|no sign of|no signs of|not having|isnt having|wasnt having|"
    # "not on any blood thinners", "I don't take aspirin": a medicine denied.
    r"not on|never on|not taking|isnt taking|dont take|doesnt take|didnt take|never take|never taken|"
    # "nothing in my arm or jaw": no place where it is felt.
    r"nothing in(?: my| his| her| the)?|"
    # "she hasn't talked about hurting herself", "he never mentioned suicide".
    r"(?:hasnt|havent|hadnt|didnt|doesnt|never) (?:talked|spoken|said anything|mentioned|brought up)"
    r"(?: about| of)?)\s+"
    # "not an emergency": the article before the word denied; "not a new stroke": nor a new one.
    r"(?:any\s+|real\s+|high\s+|obvious\s+|a\s+|an\s+|the\s+)?(?:new\s+)?"
    # "no face swelling", "no leg pain": the place of what is denied before it.
    r"(?:(?:face|facial|lip|lips|tongue|throat|eye|eyes|mouth|neck|leg|legs|ankle|arm|arms|"
    r"hand|hands|belly|stomach|tummy|chest)\s+)?"
    # "no shortness of breath", "no loss of consciousness": the lack denied is the word's.
    r"(?:(?:shortness|loss|lack) of\s+)?"
    # "no trouble breathing", "no problems with swallowing": the trouble denied is the word's.
    r"(?:(?:trouble|difficulty|problems?|issues?)\s+(?:with\s+)?)?"
    # "no thoughts of self harm", "no plans to end it": the thought denied is not had.
    r"(?:(?:thoughts?|ideas?|intention|intentions|plans?|urges?)\s+(?:of|to|about)\s+)?$"
)
# "hasn't been sick", "haven't been sick": a state denied, said with "been" (the mention begins
# with it); not "hasn't stopped vomiting" nor "hasn't woken up".
_NOT_BEEN = re.compile(r"(?:^|\s)(?:hasnt|havent|hadnt|has not|have not|had not)\s+$")
_BLOW = re.compile(r"(?:hit|bang|bump|knock|land)")
_BLOW_DENIED = re.compile(r"(?:^|\s)(?:didnt|did not|never|doesnt|dont)\s+$")
# An event that did not happen, told with the perfect or the past ("hasn't thrown up", "didn't
# pass out", "hasn't vomited"); not "hasn't woken up" nor "hasn't stopped vomiting" (the mention
# begins after "stopped").
_EVENT = re.compile(
    r"(?:thr[eo]w(?:n)? up|vomit(?:ed)?|been sick|pass(?:ed)? out|black(?:ed)? out|faint(?:ed)?|"
    r"collapsed?|had an? (?:fit|seizure)|lost consciousness|hurt (?:her|him|my|them|your)sel(?:f|ves))\b"
)
_EVENT_DENIED = re.compile(
    r"(?:^|\s)(?:hasnt|havent|hadnt|has not|have not|had not|didnt|did not|never)\s+$"
)
_CJK = re.compile(r"[\u3400-\u9fff]+")
# "不小心", "不慎" (by accident): a word that begins with a negation and denies nothing after it.
_UNAWARES = ("不小心", "不慎", "不留神", "唔小心", "唔觉意")
# "有没有糖尿病", "有冇发烧", "有无过敏": asked whether, not denied.
_ASKED_WHETHER = re.compile(r"有(?:没有|没|冇|无)(?:得过|过|出现|患)?$")
# A negation covers a list: "没有关节酸痛和发热", "no cough or fever". The words between the
# negation and the phrase hold a list joiner and no turn ("但", "伴", "却").
_LIST_NEGATION_ZH = re.compile(r"(?:没有|没|无|冇|未见|并无|否认|不伴)([^|]{1,14})$")
# "不是那种突然说话不清楚、手脚没劲的" (not the kind of …): the kind denied, all of it, up to a
# turn ("而是").
_KIND_DENIED = re.compile(r"(?:不是|唔系)(?:那种|这种|嗰种)(?:(?!而是|而系|就是)[^|]){0,16}$")
# "不是突然炸开那种" (not the kind that …): the kind named after what it denies, in a clause of its
# own that begins with the denial.
# ("不是一般的痛那种" is worse than usual: not denied.)
_KIND_DENIED_BEFORE = re.compile(r"(?:并)?(?:不是|唔系)(?!那种|这种|嗰种|一般|普通|平时|平常|以前)")
_KIND_AFTER = re.compile(
    r"[^|]{0,12}?(?:那种|这种|嗰种|那样|这样|咁样)(?:的|嘅)?(?:痛|疼)?(?:$|\|)"
)
# (The 及 of "来得及", "来不及" joins nothing: "没来得及吃药就晕倒了".)
_LIST_JOINER_ZH = re.compile(r"和|或|(?<![得不])及|与|、|也没|跟|以及")
# A modal or a question is no list of denied signs: "没有什么影响、会容易得子宫癌吗".
_LIST_TURN_ZH = re.compile(r"但|却|可是|伴|而且|还有|有点|出现|会|能|吗|容易|影响")
_LIST_NEGATION_EN = re.compile(r"(?:^|\s)(?:no|without|denies|not|nothing in)\s([a-z ]{1,40})$")
_LIST_JOINER_EN = re.compile(r"\b(?:or|and|nor)\b")
# A verb denied with "did not" joins its list only by "or" ("didn't black out or throw up"): "and"
# after it tells what did happen ("didn't eat and threw up").
_LIST_NEGATION_VERB_EN = re.compile(
    r"(?:^|\s)(?:didnt|did not|doesnt|dont|hasnt|havent|never)\s([a-z ]{1,40})$"
)
_LIST_OR_EN = re.compile(r"\b(?:or|nor)\b")
# A joiner before a new subject starts a new statement, not an item of the list ("not making
# sense and his arm is floppy"), and so does one that turns to now ("no fever and now crushing
# chest pain"), and so does a thing that happened ("without his goggles and something flew into
# his eye").
_LIST_TURN_EN = re.compile(
    r"\b(?:but|with|has|have)\b|\band (?:his|her|my|their|he|she|i|now|something|then|suddenly)\b|"
    # "no fever and a bad cough": an item with an article or a degree of its own is said, not
    # denied ("no fever or a cough" is still one list).
    r"\band (?:a|an|some|really|very|quite|such) "
)
# Or the item after the joiner is the subject of a thing that happened ("without goggles and a bit
# of metal flew into my eye"): read in the words after the mention's start.
_LIST_EVENT_EN = re.compile(
    r"[a-z ]{0,24}?\b(?:flew|hit|fell|went|came|splashed|shot|struck|caught|spilled|spilt)\b"
)
# A phrase beginning with a negation of its own.
_SAYS_ABSENCE = re.compile(r"不|没|无|冇|唔|" + whole_words("not", "no", "cant", "cannot", "wont"))
# Every negation above holds one of these: without one before a phrase, it is not negated. (A
# cue may be found where there is no negation, never the other way round: each alternative begins
# with its own character, no leading `\b` and no class, so that the regex engine looks only where
# one of them is.)
_NEGATION_CUE = re.compile(
    r"不|没|无|未|否|冇|唔|no\b|not\b|nothing\b|without\b|denies\b|deny\b|never\b|dont\b|doesnt\b|didnt\b|"
    r"hasnt\b|havent\b|free\b"
)

# A calendar year ("09年", "2011年春") is a time in the past; a number of years ("10年了",
# "3年病史") is a duration.
_YEAR = (
    r"(?<![0-9])(?:19|20)?[0-9]{2}年(?![0-9]|了|多|来|左右|以来|之久|的时间|时间|前|后|间|内|级)"
)
# A day of the week, or its end ("last Monday", "last weekend").
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)"
# Told as history: "以前晕倒过", "2年前脑梗", "I had a seizure last month".
_PAST_BEFORE = re.compile(
    # "之前从来冇试过", "以前从没这么痛过": never before, which is now. Each alternative begins with
    # a character, so that the regex engine looks only where one is (a year is read apart).
    # "一个钟之前饮咗", "两个小时以前吃的": hours ago are today's, not history.
    r"(?:以(?<!钟以)(?<!钟头以)(?<!小时以)前(?!从来|从未|从没|都没|都冇|未|冇|没)|"
    r"之(?<!钟之)(?<!钟头之)(?<!小时之)前(?!从来|从未|从没|都没|都冇|未|冇|没)|曾经|上次|上个月|上周|"
    # "上礼拜", "上个星期": last week said as Taiwan and Hong Kong say it. ("早上回来", "晚上回家":
    # the morning's or the evening's return, not the last time.)
    r"上(?<![早晚马]上)一?回|上一次|上个?星期|上个?礼拜|去年|上年(?!纪)|旧年|前年|前几年|前两年|前些年|小时候|年轻(?:的)?时(?:候)?|多年前|年前|几年前|个月前|周前|星期前|"
    r"礼拜前|前段时间|前阵子|早排|早一排|前一排|那时候|当时|有一次|有一回|那一次|那次|"
    # An earlier pregnancy: "上一胎", "怀老大的时候".
    r"上一胎|上胎|头胎|第一胎|怀老大|生老大)"
    r"[^|]{0,6}$"
)
# "At that time" is the time of the event told before it: of the past after a past or an earlier
# day ("前天撞到头，当时…"), of today's event otherwise ("从二楼摔下来，当时晕了一下": today's fall).
_THEN = ("那时候", "当时")
# A past said of the mention itself, right before it, in English ("after last month's seizure",
# "since last year's stroke"): its time whatever else the clause says now ("follow-up today").
_PAST_OWN_BEFORE = re.compile(
    r"l(?<=\bl)ast (?:weeks|months|years|summers|winters|christmass?|nights) (?:bad |big |little )?$"
)
# An earlier pregnancy or birth named at a mention: before it ("上一胎产后大出血", "生老大的时候")
# or after it in English ("a big bleed with my first baby", "after my last pregnancy").
_EARLIER_BIRTH_BEFORE = re.compile(
    r"(?:上一胎|上胎|头胎|头一胎|第一胎|怀老大|生老大|上次生|上一次生|上次分娩|上次怀孕|上一次怀孕|"
    # The birth of the baby brought today, told as its time ("生bb嗰阵出血有啲多", "生孩子的时候").
    r"生(?:bb|孩子|小孩|宝宝|仔|女)(?:嗰阵|个阵|的时候|时|那时|嘅时候))[^|]{0,8}$"
)
_EARLIER_BIRTH_AFTER = re.compile(
    r"[^|]{0,16}?\b(?:(?:with|after|in|during) my (?:first|last|previous|other|eldest|older) "
    r"(?:baby|child|son|daughter|pregnancy|birth|labou?r|delivery|one)|"
    r"(?:last|previous) (?:pregnancy|birth|labou?r|delivery))\b"
)
# Years ago, at the mention itself: before it ("以前…", "去年", "小时候", a calendar year) or after
# it ("years ago", "last year", "as a child").
_LONG_AGO_BEFORE = re.compile(
    r"(?:以前(?!从来|从未|从没|都没|都冇|未|冇|没)|去年|前年|上年(?!纪)|旧年|多年前|几年前|好几年前|年前|小时候|年轻(?:的)?时(?:候)?|当年)"
    r"[^|]{0,6}$"
)
_LONG_AGO_AFTER = re.compile(
    r"[^|]{0,24}?\b(?:years? ago|last year|as an? (?:child|kid|teenager|baby)|in (?:19|20)[0-9]{2})\b"
)
# A calendar year right before: read only where a 年 is.
_PAST_YEAR_BEFORE = re.compile(_YEAR + r"[^|]{0,6}$")
# Told with the experiential 过 right after it, at a clause's end or with a count: "惊厥过一次",
# "当时吐过", "晕倒过好几次", "中风过两次了" (not "心跳过快", "晕过去").
_PAST_AFTER_ZH = re.compile(r"过(?:[一两二三几好]+(?:次|回))?(?:了|啦|咗)?(?:$|\|)")
# "一辈子没这么头痛过" is never before: now.
_NEVER_BEFORE = re.compile(r"没|未|从不|不曾")
_PAST_AFTER = re.compile(
    # Found at most 24 characters after the mention (`told_after`). Each alternative begins with a
    # character (`whole_words`), so that the regex engine looks only where one is.
    whole_words(
        "last (?:week|month|year|summer|winter|spring|autumn|christmas)s?",
        # "fainted last Monday": a day of an earlier week.
        "last " + _WEEKDAY,
        # An earlier pregnancy ("fainted once last pregnancy", "in my previous labour").
        "last (?:pregnancy|baby|labou?r)",
        "previous (?:pregnancy|pregnancies|baby|labou?r)",
        # Had at an age ("Mum had a heart attack at 60", "aged 55", "when he was 50"): told as
        # one's family history, not a reading, a score or a week of pregnancy.
        "a(?:t|ged) (?:the age of |age )?[2-9][0-9]"
        "(?! ?(?:%|percent|out of|over|/|bpm|beats|kg|mg|mmol|mmhg|minutes|mins|degrees|am|pm|"
        "oclock|a minute|per|weeks?|wks|days?|months?|hours?|years?))",
        "when (?:she|he|i) was [2-9][0-9]",
        "weeks? ago",
        "months? ago",
        "years? ago",
        # "had a stroke years back", "two months back": ago said as back (not "years, back pain").
        "weeks? back(?! ?(?:pain|ache|hurts?|problems?|injury|spasms?))",
        "months? back(?! ?(?:pain|ache|hurts?|problems?|injury|spasms?))",
        "years? back(?! ?(?:pain|ache|hurts?|problems?|injury|spasms?))",
        # A calendar year ("had a heart attack in 2019") is a time in the past, as "2019年" is
        # ("in(?<!born in)": not after "born").
        "in(?<!born in) (?:19|20)[0-9]{2}",
        "in the past",
        "previously",
        "as an? (?:teenager|teen|child|kid|baby|student)",
        # "had one seizure when I was 16": at an age gone by.
        "when i was (?:young|little|small|a (?:child|kid|teenager|baby)|[1-9][0-9]?)",
        # "fainted at church back in May", "a fall a while back": a month or a season gone by.
        "back in (?:january|february|march|april|may|june|july|august|september|october|"
        "november|december|(?:the )?(?:spring|summer|autumn|fall|winter))",
        # "since the car crash in March", "a fall in June": a month named bare is one gone by
        # (not "in May be", "in may cause": the verb).
        "in (?:january|february|march|april|june|july|august|september|october|november|"
        "december|may(?! (?:be|have|not|cause|need|help|also)))",
        "earlier this year",
        "a while (?:ago|back)",
        "nothing since",
        "none since",
        # "had a heart attack before, now…"; not "pain before I collapsed".
        r"before\b(?! ?[a-z0-9])",
    )
)
# How far after a mention its time may be told.
_PAST_AFTER_REACH = 24
# A named illness or accident as the landmark of a time ("心梗以后查出血糖高", "中风后肩膀疼了两个
# 月", "车祸住院的收据", "after my stroke", "since his heart attack"): it is behind, and what the
# visitor tells is what came after. Only a diagnosis is a landmark: "胸口疼以后出冷汗" tells
# today's pain, and "中风后说不出话" with a now word stays today's (`past` needs no now).
_LANDMARK_NAME = (
    r"(?:心梗|心肌梗死|心肌梗塞|急性心梗|中风|脑梗|脑梗塞|脑梗死|脑卒中|卒中|脑出血|脑溢血|脑血栓|"
    r"车祸)"
)
_LANDMARK_AFTER = re.compile(
    _LANDMARK_NAME
    + r"(?:以后|之后|后遗症|后的|后(?=[^|]{0,12}(?:年|个月|月了|周了|复查|康复|恢复|一直))|"
    r"(?:住院|入院|住的院|住了院)(?:的|那次|那回|时|期间))"
)
_LANDMARK_NAME_EN = re.compile(r"(?:a )?(?:mini )?(?:strokes?|heart attack)")
_LANDMARK_BEFORE_EN = re.compile(
    r"\b(?:after|since) (?:my|his|her|their|the|mums?|dads?|mothers?|fathers?) "
    r"(?:last |first |big |recent |second )?$"
)


def told_after(after: str) -> bool:
    """Return whether the words after a mention, in its clause, tell it as past ("… last year").

    The leftmost match of `_PAST_AFTER` begins within reach when any does.
    """
    found = _PAST_AFTER.search(after)
    return found is not None and found.start() <= _PAST_AFTER_REACH


# Happening now: these override history and habit in the same clause.
_NOW = re.compile(
    # "这次", "这回", "今次": this time, against the times before.
    # "今儿", "今儿个": today said in the north.
    r"刚(?!好)|现在|今天|今儿|今个儿|今早|今晚|昨晚|正在|还在|开始|又|今朝|今日|而家|这次|这回|今次|"
    # "朝早起身" (Cantonese: on getting up this morning).
    r"朝早起(?:身|床)|"
    r"just now|today|right now|tonight|"
    # A sudden onset turned to against what was told before (an errand, a known illness): "我是
    # 来做康复的，但是我爸突然右边身子动不了了", "here for my rehab but my dad suddenly can't move
    # his right side" is what happens now, not the illness's story; unless its clause tells a
    # time of the past ("但是上个月宝宝突然牙关紧闭", "but suddenly had a fit last month").
    r"(?:但是|可是|但系|但|不过)(?![^|]*(?:前|昨天|去年|上次|上个|上周|有一次|有一回|那次|当时|曾经|小时候))"
    r"(?=[^|]{0,8}(?:突然|忽然))|"
    + "|".join(
        rf"{word[0]}(?<=\b{word[0]}){word[1:]} "
        r"(?![^|]*\b(?:ago|last|yesterday|once|before|previously|used to|in (?:19|20)[0-9]{2})\b)"
        r"(?=[a-z ]{0,30}\b(?:suddenly|all of a sudden)\b)"
        for word in ("but", "however", "though", "although")
    )
    + "|"
    + whole_words(
        "and now",
        "but now",
        # "now it's just a rash", "now he keeps nodding off": a statement that begins with now
        # (not "scared of water now" at a clause's end, "now and then", "until now").
        "now (?:its|it is|it|he|she|i|im|they|we|my|his|her|the|theres|there is|hes|shes)"
        "(?<!until now)(?<!till now)(?<!by now)",
        # A time of today told as when it began: "since this morning he's been muddled".
        "this morning",
        "this afternoon",
        "this evening",
        "since last night",
        # "had chemo last week and since then he has a fever": since the past time, to now.
        "since then",
        # English's bare 刚 ("gave birth three weeks ago, she just went grey", "and I just got
        # this sharp pain"): a change that just came over the person is now (not "I just passed
        # out for a second yesterday": only).
        "just (?:went|turned) (?:grey|gray|pale|blue|white|limp|floppy|cold|clammy)",
        "just got (?:this|a|an) (?:sharp|sudden|bad|terrible|awful|horrible|crushing|tight|severe)",
    )
)


# A story that turns to now inside one clause ("she gave birth last week and now she's bleeding",
# "had a stroke years ago and now needs physio"): what follows is read as a clause of its own,
# told now; what comes before keeps its own time.
# "Mum had a heart attack in 2019 but she's here today about her cataracts", "had a stroke
# years ago but what brings him today is…": a "but" whose clause says today turns too.
_TURN_TO_NOW = re.compile(
    # "had chemo two weeks ago and since then he has a fever": since then is now.
    whole_words("and now", "but now", "and today", "but today", "and since then", "since then")
    # `\bbut` written as "b" and a look-behind, so that the alternative begins with a character
    # (the regex engine then looks only where one is).
    + r"|b(?<=\bb)ut (?=[a-z' ]{0,30}\b(?:today|now|this (?:morning|afternoon|evening))\b)"
    # "gave birth a week ago and I'm soaking a pad an hour", "fell last week and he's still
    # vomiting": what goes on as it is told (a verb in -ing after I'm, she's, he's) is now.
    + r"|a(?<=\ba)nd (?:im|i am|shes|she is|hes|he is|theyre|they are|is|are) (?:still |now )?"
    r"(?=[a-z]{2,}ing\b)"
)
# The turn to a state going on as it is told ("… and I'm soaking a pad an hour"): now.
_GOES_ON_NOW = re.compile(
    r"and (?:im|i am|shes|she is|hes|he is|theyre|they are|is|are) (?:still |now )?[a-z]{2,}ing\b"
)


# A clause that begins with "now" tells what is now ("had chemotherapy last week, now shivering"),
# not "now and then" (a habit) or "now on".
_NOW_FIRST = re.compile(r"now\b(?! ?(?:and then|on\b|and again))")
# A clause after a time of the past that tells a present state ("had our baby last week, she has a
# temperature", "fell last week, since then he's confused", "上周做完化疗，一直发烧", "呢两日发烧")
# is today's: the past time scoped its own clause. Read only in a clause the past would otherwise
# cover (each alternative begins with a character).
_PRESENT_STATE = re.compile(
    # "上周做了人流，血越来越多": a change still going on is today's.
    r"一直(?!有|都有|患)|呢两日|呢几日|呢排|这阵子|这会儿|越来越|越嚟越|愈来愈|"
    + whole_words(
        "is",
        "are",
        "am",
        "has",
        "have",
        "hes",
        "shes",
        "im",
        "its",
        "keeps?",
        "still",
        "since then",
        "ever since",
    )
)


# A time of the past told at a mention and not carried to the next clauses by `_STORY_PAST`
# (read only in a clause with 上, 前 or "ago").
_PAST_TIME = re.compile(
    r"上周|上个?星期|上个?礼拜|上次|[0-9一二两三四五六七八九十几]+(?:天|日)前|"
    + whole_words("days? ago", "weeks? ago", "months? ago", "years? ago")
)


def says_now(clause: str) -> bool:
    """Return whether a clause says now: a word of now in it, or it begins with "now"."""
    return bool(_NOW.search(clause) or (clause[:1] == "n" and _NOW_FIRST.match(clause)))


def is_time_word(word: str) -> bool:
    """Return whether a matched word is itself a word of time ("现在"), not a symptom said now."""
    return bool(_NOW.fullmatch(word))


_JUST_NOW = re.compile(r"刚(?!好)|just now|right now")
# Now as the present period ("现在", "而家", "these days"), and words of how often a thing comes
# ("偶尔", "有时", "间中"): told together they are a habit of these days, not a moment.
_NOW_A_PERIOD = re.compile(r"现在|而家|目前|these days|nowadays")
_OCCASIONALLY = re.compile(
    r"偶尔|偶然|有时|有的时候|时不时|不时|间中|间唔中|sometimes|occasionally|now and then|"
    r"every now and again|from time to time|on and off"
)
# Attacks told as coming back at intervals ("每一个月要发一次", "隔三差五的复发", "三天两头就抽"):
# the complaint tells an illness's attacks, and a bare 刚 in it ("小孩刚睡着突然四肢抽") is when in
# an attack, not now (刚才, 刚刚, 现在, 今天 still say now).
_RECURRING = searched(
    r"每(?:一)?个?(?:月|星期|礼拜|周|年)(?:都|要|会|就)?(?:发|犯|抽|复发)|"
    r"(?:一|1|两|2|几)个?(?:月|星期|礼拜|周|年)(?:要|会|都|就)?(?:发|犯|抽|复发)(?:作|病)?"
    r"(?:一|两|几|[0-9]|好几)次|隔三差五|隔三岔五|三天两头"
)
_BARE_JUST = re.compile(r"刚(?!好|才|刚)")
# Something taken in an amount is an event that happened, whatever is asked about it
# ("吃了一整瓶安眠药严重吗"); "安眠药吃多了会怎么样" asks in general.
_TAKEN_AN_AMOUNT = re.compile(
    # Each alternative begins with a character, so that the regex engine looks only where one is.
    "|".join(
        [
            *(
                took + r"(?:了|下|下去了)(?:(?:一整|整整|整|大半|半|一)(?:瓶|盒|板)|一?大?把|"
                r"(?:十几|几十|二十|三十|[0-9]{2,})(?:片|粒)|很多|好多|许多|大量|过量)"
                for took in ("吃", "喝", "吞", "服")
            ),
            whole_words(
                *(
                    verb + " (?:a whole|the whole|a lot of|lots of|too many|[0-9]{2,})"
                    for verb in ("took", "swallowed", "drank")
                )
            ),
        ]
    )
)
# A known illness, hearsay or a follow-up ("患脑梗", "有…病史", "后遗症"), and a doctor's finding
# ("查出来脑梗死", "确诊为", "医生说", "the doctor said"): either before a mention in its clause
# makes it a condition, not today's event. A finding made elsewhere and the visitor sent over for
# it now (`_SENT_OVER_NOW`) is today's emergency, not an illness known: "社区医院诊断为急性心梗，
# 让我们马上转过来", "the clinic diagnosed a heart attack and sent us straight here".
_KNOWN_ILLNESS = (
    # (Not "不得了", "terribly"; "受得了", "bearable"; "信得过", "trusted"; nor "患者", "患儿",
    # "the patient", who may be a nurse's word for today's.)
    r"患有|患了|患过|患(?![者儿])|得了(?<![不受么]得了)|得过(?<!信得过)|有[^|]{0,6}病史|病史|"
    r"听说|听别人说|听人说|听人家说|据说|网上说|后遗症|复查|复发|治疗|康复|history of"
)
_FINDING = r"确诊|诊断|查出|检查出|查出来|发现有|医生说|大夫说|diagnosed|the doctor said"
_CONDITION = re.compile(rf"(?:{_KNOWN_ILLNESS}|{_FINDING})[^|]{{0,12}}$")
_CONDITION_NOT_FOUND_NOW = re.compile(rf"(?:{_KNOWN_ILLNESS})[^|]{{0,12}}$")
# Sent over by the doctor or the hospital that found it, to come now: "转过来", "让转上来", "叫我们
# 马上过来", "送过来", "sent us straight here", "referred us to the ER", "told us to go to the
# emergency". Not where the visit is for a routine errand the transfer is for
# (`_ROUTINE_ERRAND`): "外院诊断为高血压，转过来开药", "transferred here for rehab".
_SENT_OVER_NOW = re.compile(
    r"转(?:院|诊)|转(?:我们)?(?:过|上)?(?:来|嚟)|转咗过嚟|转到(?:这|你们|你哋|呢度|贵院)|转介过嚟|送(?:我们|我哋)?过(?:来|嚟)|"
    r"(?:让|叫)(?:我们|我哋|我)?(?:马上|赶紧|赶快|立刻|立即|即刻|快[点啲]|直接)?"
    r"(?:转|送|到|去|来|过来|嚟|过嚟)|要(?:马上|赶紧|赶快|立刻|立即|即刻)(?:转|送|去|来|过来|嚟|过嚟)|"
    r"(?:马上|赶紧|立刻|即刻)(?:过来|过嚟|送来)|(?:来|去|上|送)大医院|转诊单|直接(?:来|过来|送)|拉过(?:来|嚟)|"
    r"(?:赶紧|马上|立即|紧急)手术|送来|(?:去|来|嚟)(?:急诊|急症室)|即刻去|"
    + whole_words(
        *(
            verb + " (?:(?:us|him|her|me|them) )?(?:straight |right |directly )?"
            "(?:here|over|to (?:the )?(?:er|a&e|emergency|hospital))"
            for verb in ("sent", "referred", "transferred", "rushed")
        ),
        "sent us",
        "referred us",
        "transferred (?:us|him|her)",
        "told (?:us )?to come",
        "told (?:us|me|him|her) to (?:come|go) (?:here|straight|right|to (?:the )?(?:er|a&e|"
        "emergency|hospital))",
        "come (?:straight )?to the (?:er|emergency|hospital)",
        "go (?:straight )?to the (?:er|emergency|hospital)",
        "ambulance (?:transfer|brought)",
        "brought by ambulance",
        "called (?:an |the )?ambulance",
        "urgent surgery",
        "emergency surgery",
        "transfer(?:red)? from",
        "seen (?:right now|right away|immediately)",
    )
)
# A visit that goes on with an illness's care: a follow-up, its medicine fetched ("复查", "来开点药",
# "拎药"). A transfer for it is a routine errand (`_ROUTINE_ERRAND`); a history told with it is
# not over (`_GOES_ON`).
_CARE_GOES_ON = (
    r"开(?:点|些|一点|啲|番|返)?药|拿药|配药|取药|拎药|攞药|复查|复诊|覆诊|覆查|回诊|随访"
)
_ROUTINE_ERRAND = re.compile(
    _CARE_GOES_ON
    + r"|调药|康复|复健|体检|预约|排期|择期|报销|证明|病历|看报告|第二意见|"
    + whole_words(
        "follow[- ]?up",
        "check[- ]?up",
        "refill",
        "prescriptions?",
        "rehab",
        "rehabilitation",
        "second opinion",
        "records?",
        "reports?",
        "paperwork",
        "forms?",
        "scheduled",
        "planned",
        "next (?:week|month)",
    )
)
# Often, not now: "经常突然晕过去", "总是胸闷", "每次…都会".
_HABIT = re.compile(
    # ("一动不动" is "motionless", not "动不动", "at the least thing"; "夜总会" a nightclub.)
    r"经常|常常|时常|总是|老是|总会(?<!夜总会)|有时|有时候|有的时候|偶尔|动不动(?<!一动不动)|反复|时不时|间中|间唔中|"
    r"老说|总说|老喊|总喊|老觉得|总觉得|老感觉|总感觉|"
    # "血糖一会儿3点多一会儿15": up and down, a course of days.
    r"一会儿[^|]{1,10}一会儿|"
    # Told to the visitor again and again ("他一直跟我说他喘不上气"): a complaint of days. Each
    # alternative begins with a character: the regex engine then looks only where one is.
    + "".join(
        often + r"(?:跟|和|对)(?:我|我们|家里人)(?:说|讲|喊)|"
        for often in ("一直", "总是?", "老是?", "经常", "常常", "天天", "每天")
    )
    # What a known illness does at its attacks ("癫痫复发时神志不清", "发作的时候口吐白沫"): its
    # attacks told, not one now.
    + r"发病时|发作时|犯病时|复发时|发病的时候|发作的时候|犯病的时候|复发的时候|"
    # Medicine taken every day ("我每天吃十几片药", "天天要食八粒药"): a routine, not an amount
    # taken at once.
    + "".join(
        daily + r"(?:都|要|得)?(?:吃|服|食)[^|]{0,3}"
        r"(?:十几|几十|好几|[0-9]+|[一二两三四五六七八九十]+)(?:片|粒|颗|种|样)|"
        for daily in ("每天", "每日", "天天")
    )
    # A pain of the period told with the period ("来例假的时候肚子疼得打滚", "嚟M嘅时候"): each
    # month, not today.
    + "".join(
        come + r"(?:例假|月经|大姨妈|m|经)(?:的|嘅)?(?:时候|时|期间|嗰阵|那几天|嗰几日)|"
        for come in ("来", "嚟", "行")
    )
    + "".join(
        period + r"来(?:的|嘅)?(?:时候|时|嗰阵|那几天|嗰几日)|"
        for period in ("例假", "月经", "大姨妈", "m")
    )
    + r"生理期(?:的|嘅)?(?:时候|嗰阵)|"
    # "来月经就痛得打滚", "一嚟M就": whenever the period comes.
    + "".join(come + r"(?:例假|月经|大姨妈|m|经)就|" for come in ("来", "嚟", "行"))
    # What the body does each time it exerts itself ("爬楼梯会喘", "行两层楼梯都喘", "一上楼就喘"):
    # breathlessness on effort is a heart's or a lung's story of weeks, not an attack now. A bare
    # 就 tells one time ("上楼梯就晕倒了"), and 都 after a walk alone is no effort ("走路都不稳").
    + "".join(
        climb + r"(?:[一二两三四五六七八九十几0-9]{1,2}[层级])?(?:楼梯|楼|坡|斜路)[^|]{0,4}?"
        r"(?:会|就会|便会)|"
        + climb
        + r"[一二两三四五六七八九十几0-9]{1,2}[层级](?:楼梯|楼)?[^|]{0,4}?[都也]|"
        for climb in ("爬", "上", "行", "走")
    )
    + "".join(
        walk + r"(?:路|几步|两步|快|快啲|快点)[^|]{0,4}?(?:会|就会|便会)|" for walk in ("行", "走")
    )
    + r"一(?:爬楼|爬坡|上楼|行楼梯|行路|走路)[^|]{0,3}?就|"
    # Each breath ("every time she breathes in", "每次吸气都有声音") is the breathing now, not a
    # habit: the noise or pain comes with every breath of today; so is each time a wound is
    # uncovered ("it spurts every time I lift the towel", "每次一松开毛巾就往外喷"), and each
    # heartbeat ("it spurts every time my heart beats", "每次心跳就喷").
    + r"每次(?!吸气|呼吸|喘气|吸一口气|吸口气|心跳|一?(?:松开|松手|拿开|揭开|放开))|每当(?!吸气|呼吸)|"
    + "".join(
        often + r"(?! (?:my|his|her|the|their|your) heart beats?\b"
        r"| (?:she|he|i|you|they|we|the baby|baby) (?:breathes?|inhales?|takes? a breath|"
        r"(?:lift|take|pull|let go|release|remove|move)s?\b[^|]{0,12}\b(?:towel|cloth|bandage|"
        r"pressure|hand|finger|tea towel|shirt|gauze|tissue)s?))|"
        for often in ("every time", "whenever")
    )
    + r"often|sometimes|keeps? getting|on and off|every period|on (?:the|my|her) (?:worst|bad|heavy) days|"
    # What happens each time the body moves, told in the present ("I feel faint when I stand up
    # too quickly"; "she stood up and fainted" is one time). One alternative: a word of each.
    + whole_words(
        "when (?:i|she|he|they) (?:stands?|gets? up|sits? up|bends?|lies? down|turns?|looks? up|"
        "climbs?)"
    )
    + "|"
    + r"during (?:my|her) periods|when (?:i am|im|i have|i get|she is|shes|she has|she gets) (?:on )?(?:my|her) periods?"
)
# Recent times end a story told in the past ("2年前脑梗，最近头晕").
_RECENT = re.compile(r"最近|近来|近期|这几天|这两天|这段时间|目前|recently|these days")
# A clause told in the habitual aspect goes on with the habit of the clause before it.
_HABITUAL_ASPECT = re.compile(r"会|的时候|" + whole_words("would"))
_SUDDEN = re.compile(r"突然|忽然|突发|一下子|猛地|suddenly|all of a sudden")


def says_sudden(text: str, start: int = 0, end: int | None = None) -> bool:
    """Return whether text[start:end] tells something that came on suddenly ("突然", "suddenly")."""
    return bool(_SUDDEN.search(text, start, len(text) if end is None else end))


# Said as mild, right before the words: "有点喘不过来气" is not the emergency "喘不过来气".
# A red flag's words as a figure of speech, the degree of a feeling or a load that is no illness:
# "忙得喘不过气", "笑得喘不过气", "压力大得喘不过气", "气得我要晕" (气 of anger, not the breath's).
# A pain, a tiredness or heat told so ("疼得喘不过气", "累得喘不过气") is a symptom and stays one.
_FIGURE_BEFORE = re.compile(
    # Each alternative begins with a character, so that the regex engine looks only where one is.
    r"(?:忙|笑|气(?<![喘透憋吸呼换]气)|烦|急|吓|压力大|工作多|作业多|事多|事情多)(?:得|到)(?:我|人|他|她)?$"
)
# A worry that it will happen again or at all ("怕又宫外孕", "担心再中风", "怕会抽筋"): feared,
# not had now (not "怕冷", "怕水": no "again" or "will" after the fear).
_WORRIED_BEFORE = re.compile(r"(?:怕|担心|担忧|害怕|惊)(?:又|再|再次|会|以后会|将来会)$")
# A red flag's word said with what settles it, anywhere in the complaint (read as a negated word
# is): a stomach bug that keeps water down ("food poisoning… I can keep water down", "食物中毒…水还
# 喝得下"), a cut whose bleeding stopped or slowed ("deep cut… bleeding stopped, needs stitches")
# and contractions at term (below). The complaint's other red flags are read as ever.
_SETTLED: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (
        ("food poisoning", "食物中毒"),
        re.compile(
            r"(?:can|could|am|im|is|are|been) (?:still )?(?:keep|keeping|hold|holding) "
            r"(?:water|fluids|liquids|drinks|it|things) down|"
            r"(?<!not )(?<!nt )keeping (?:water|fluids) down|"
            r"水(?:还|也|都)?(?:喝|饮)得(?:下|落)|能喝(?:水|得下)|喝水(?:不吐|冇呕|唔呕)"
        ),
    ),
    (
        ("deep cut", "deep gash"),
        re.compile(
            r"bleeding(?:s| has| is|s now| has now)? (?:stopped|slowed|eased|under control|controlled)|"
            r"(?:stopped|stops) bleeding|血(?:已经|都|也)?止住了|血止了|不流血了|没怎么流血|冇点流血"
        ),
    ),
)
# Labour at term: contractions at 37 weeks or later ("怀孕38周，一阵一阵痛，五分钟一次") are labour
# for the delivery ward, not a danger of the pregnancy (bleeding, waters, a headache still are).
_SETTLED += (
    (
        (
            "阵痛",
            "宫缩",
            "一阵一阵",
            "一阵阵",
            "分钟一次",
            "每隔",
            "发紧",
            "发硬",
            "变硬",
            "变紧",
            "缩紧",
            "越来越密",
            "越来越频",
            "contractions",
            "minutes apart",
            "every few minutes",
            "tightening",
        ),
        re.compile(
            r"(?<![0-9])(?:3[7-9]|4[0-2])(?:\+[0-6])?(?:个)?(?:周|礼拜|星期| ?weeks| ?wks)|"
            r"三十[七八九](?:个)?(?:周|礼拜|星期)|四十[一二]?(?:个)?(?:周|礼拜|星期)|足月|"
            r"预产期(?:到了|过了|已经过|已经到|就是今天|是今天)|full term|overdue|"
            r"past (?:my|her|the) due date|due date (?:is )?(?:today|was)"
        ),
    ),
)
# A blow to the head told with what settles it: no loss of consciousness and no vomiting, and
# nothing worse said ("头上被钢管砸了一下，戴着安全帽的，当时没晕，现在也不吐，就是起了个包",
# "hit my head on a beam, didn't pass out, not vomiting"): the blow's words are read as mild
# (a head injury for the desk); a vehicle, a fall from a height, bleeding or drowsiness are not.
_BLOW_WORD = re.compile(
    r"砸|磕|碰|撞|"
    + whole_words("hit", "struck", "bang", "banged", "bump", "bumped", "knocked", "whacked")
)
_HEAD_WORD = re.compile(r"头|脑袋|脑壳|" + whole_words("head", "skull"))
_VEHICLE = re.compile(
    r"车|" + whole_words("car", "cars", "van", "truck", "lorry", "bus", "motorbike", "bike")
)
_NO_LOSS_OF_CONSCIOUSNESS = searched(
    r"(?:没|没有|冇|未|不)(?:晕|昏|失去意识)|"
    + whole_words(
        "didnt (?:pass|black) out",
        "did not (?:pass|black) out",
        "no loss of consciousness",
        "didnt lose consciousness",
        "never lost consciousness",
        "wasnt knocked out",
    )
)
_NO_VOMITING = searched(
    r"(?:没|没有|冇|未|不)(?:吐|呕)|"
    + whole_words(
        "not (?:vomiting|been sick|throwing up)",
        "no vomiting",
        *(
            f"{aux} (?:vomited|been sick|thrown up|throw up|vomit)"
            for aux in ("hasnt", "havent", "didnt")
        ),
    )
)
_WORSE_AFTER_A_BLOW = re.compile(
    r"想睡|嗜睡|昏睡|迷糊|糊涂|抽搐|流血|出血|血流|"
    # A blood thinner taken (a bleed inside the skull can come hours later on one) or a fall
    # from a height: never a mild blow.
    r"华法林|抗凝|薄血|利伐沙班|阿哌沙班|达比加群|氯吡格雷|波立维|阿司匹林|肝素|"
    r"高处|楼梯|梯子|架子|屋顶|楼上|"
    + whole_words(
        "drowsy",
        "sleepy",
        "confused",
        "bleeding",
        "seizure",
        "fitting",
        "warfarin",
        "blood thinners?",
        "anticoagulants?",
        "aspirin",
        "xarelto",
        "eliquis",
        "clopidogrel",
        "plavix",
        "heparin",
        "ladder",
        "stairs",
        "scaffold(?:ing)?",
        "roof",
    )
)


# A limb swollen out of shape ("手腕肿到变晒形", "脚踝肿得变形"): the degree of a swelling, read as
# mild, not a deformity's angle ("手腕整个歪一边", "bent the wrong way").
_SWOLLEN_OUT_OF_SHAPE = re.compile(r"肿(?:到|得|成)(?:变|畸|不成)")


# Hearsay from a screen or a paper, right before a mention ("电视上说胳膊疼是心梗前兆", "手机上讲牙痛
# 可能是心梗前兆", "網路說", "养生节目说"), read as what a condition is only in a clause that makes a
# general claim (`_GENERAL_CLAIM`): "他微信上说他胸口痛得厉害" is a report of now. Each alternative begins with a
# character, so that the regex engine looks only where one is.
_HEARSAY_SAID = (
    "(?:"
    + "|".join(
        source + r"(?:上|里|里面|度)?(?:说|讲|话|写)"
        for source in (
            "电视",
            "手机",
            "网络",
            "网路",
            "网",
            "抖音",
            "视频",
            "微信",
            "群",
            "朋友圈",
            "报纸",
            "文章",
            "新闻",
            "书",
            # A programme or a feed named for the screen ("电视上养生节目说", "广播里讲",
            # "公众号上写").
            "节目",
            "广播",
            "公众号",
            "小红书",
            "直播",
            "杂志",
        )
    )
    # What a search said, told in the next clause ("我搜了一下，说头痛加脖子硬可能是脑膜炎"): the
    # clause begins with 说 right after the search; only 说 is looked for.
    + "|说(?:"
    + "|".join(
        rf"(?<={search}{done}\|说)"
        for search in ("搜", "查", "百度", "谷歌", "google")
        for done in ("了一下", "一下", "了下")
    )
    + ")"
    + ")"
)
_HEARSAY_BEFORE = re.compile(_HEARSAY_SAID + r"[^|]{0,12}$")
# Whether a complaint holds a screen or a paper said anywhere (one scan; most hold none).
_HEARSAY_ANYWHERE = re.compile(_HEARSAY_SAID)
# Someone else's own illness, told to compare with the visitor's lesser one ("我朋友说她心脏病发作
# 就是这样开始的，可是我只是左手有点麻", "我姊说她中风前也是这样头晕，可是我只是晕车而已"): a person
# said "her/his" X in a clause that likens it ("这样"), and the visitor turns to "我只是" after it.
# Read only when the complaint holds both cues (one scan each; most hold neither).
_OTHERS_OWN_BEFORE = re.compile(
    r"(?:朋友|同事|邻居|姐|姊|妹|哥|弟|妈|爸|阿姨|舅|叔|婶|奶奶|爷爷|外婆|外公|嫂|表姐|表哥)"
    r"(?:姐|妹|哥|弟|子|妈|父|母)?(?:说|讲|话)(?:她|他|佢)[^|]{0,12}$"
)
_LIKENED = re.compile(r"这样|咁样|这种|这么")
# A feared illness that turned out to be something else ("还以为自己心肌梗塞，结果是胃胀气", "I
# thought I was having a heart attack, turned out it was wind"): what was believed, right after
# 以为 in its clause, when a later clause says what it turned out to be. Without that turn
# ("以为他中风了，赶紧送来") the belief may be right, and is read as told.
_BELIEVED_BEFORE = re.compile(
    r"以为(?:(?!原来|结果|其实|没想到|谁知|但|可是|不过|现在)[^|]){0,12}$|"
    # Or what someone says the visitor has, or the visitor calls it, when a later clause says what
    # it was ("我朋友一直说我被蛇咬了，其实是…", "老伴说我中风了，其实就是…").
    r"(?:一直|非|硬|偏|都|老是)?(?:说|讲|话)(?:我|佢|他|她|是|系|自己)(?:(?!原来|结果|其实|但|可是|不过)[^|]){0,10}$|"
    r"\bthought (?:i|he|she|it|we|my [a-z]+) (?:was|were|had|might be)\b"
    r"(?:(?!\b(?:but|and|now|turned)\b)[^|]){0,30}$"
)
_TURNED_OUT_AFTER = searched(
    # Cantonese's 得 (only) and 系 (is): "原来得一个硬币咁大".
    r"结果(?:是|只是|就是|发现|查出来是)|原来(?:是|只是|系|只系|得|只有)|"
    r"其实(?:我|佢)?(?:是|只是|就是|系|只系)|后来发现|医生说(?:是|只是)|"
    r"查了(?:是|说是)|\bturned out\b|\bturns out\b|\bit was (?:just|only)\b|\bbut it was\b|"
    # A look that showed it ("后来对着镜子一看是牙龈在出血").
    r"一看(?:才知道)?(?:是|原来是)|"
    # Someone who knows better named it otherwise ("以为是心脏病发作，隔壁说是皮蛇").
    r"(?:隔壁|邻居|护士|药房|药店|医生|大夫|朋友|人家|别人|家人|老公|老婆)(?:说|讲|话)(?:是|系|只是)"
)
# Every belief `_BELIEVED_BEFORE` reads holds one of these.
_BELIEF_CUE = re.compile(r"以为|thought|(?:说|讲|话)(?:我|佢|他|她|是|系|自己)")
_ONLY_MINE_AFTER = searched(r"(?:可是|但是|不过|但)?我(?:只是|只系|就是|不过是)")
# The visitor asks afterwards whether theirs will go the same way ("会不会跟她一样", "同佢一样"):
# the other's illness is likened to the visitor's, however it was told.
_LIKE_THEIRS_AFTER = searched(r"(?:跟|和|同|像)(?:她|他|佢)(?:一样|那样|咁样)")
_GENERAL_CLAIM = re.compile(
    r"前兆|先兆|征兆|信号|症状|表现|可能是|可能会|就是|会引起|会导致|一定是|"
    # What a sign is, named as a disease ("电视里说胸口压着疼出冷汗是心梗"): a claim of what it
    # means, not someone's report of now.
    r"是(?:心梗|心肌梗|心脏病|中风|脑梗|脑出血|脑溢血|癌)|"
    # What a named illness does ("电视上说心肌梗死会左手痛", "网上说中风的人会口歪"): a claim of
    # what it brings, not someone's report of now.
    r"(?:梗|梗死|梗塞|中风|卒中|出血|溢血|心脏病|癌|夹层|动脉瘤|栓塞)(?:的人|的话|病人|患者)?"
    r"(?:都|常常|通常|一般|往往)?会"
)
# A red flag's word as what a film, a show, a book or the news is about ("睇咗套讲自杀嘅戏", "看了
# 关于自杀的新闻", "a film about suicide"): its topic, not the visitor's event (a wish to die said
# in its own words still fires).
_TOPIC_BEFORE = re.compile(r"(?:讲|关于|有关|说|讲述|描写|拍)$|(?:about|on)\s$")
_TOPIC_AFTER = re.compile(
    # 影集 and 剧集 are a series in Taiwan and Hong Kong.
    r"(?:的|嘅|题材的?|相关的?|主题的?)(?:电影|戏|剧|电视剧|连续剧|影集|剧集|影片|片|片子|纪录片|书|小说|"
    r"漫画|动画|新闻|报道|文章|视频|歌|节目|讲座|课)"
)
_TOPIC_MEDIA_BEFORE_EN = re.compile(
    r"\b(?:film|movie|show|series|documentary|book|novel|song|news|article|video|episode|"
    r"programme|program|podcast|talk|lecture|lesson|story) (?:about|on)\s$"
)
# What a document asked for is of ("车祸的诊断证明在哪开", "notes from the car crash for
# insurance"): an event closed with its paperwork, not today's.
_DOCUMENT_AFTER = re.compile(
    r"(?:那次|那回|时|的时候)?(?:的|嘅)(?:诊断证明|诊断书|证明|病历|病例|记录|报告|单据|发票|资料|材料|理赔)"
)
_DOCUMENT_OF_BEFORE_EN = re.compile(
    r"\b(?:records?|notes?|reports?|certificate|paperwork|letter|documents?|forms?|proof|bill|receipts?|claim) "
    r"(?:from|for|of|about|after) (?:the |my |his |her |our |their |that )?$"
)
# What an appointment, a clinic or a medicine is for, said as its first word after "my", "the",
# "for"… ("my stroke appointment", "the seizure clinic", "his seizure meds"): no event of today.
# (Not a person's word: "she is having a seizure nurse help" is a call for help.)
_SERVICE_FOR_AFTER_EN = re.compile(
    r" (?:appointments?|appt|clinic|follow ?ups?|followup|review|check ?ups?|checkup|"
    r"medications?|meds|pills|tablets|prescriptions?|leaflet|support group|rehab|"
    r"rehabilitation|classes|course|screening|awareness)\b"
)
_SERVICE_FOR_BEFORE_EN = re.compile(r"\b(?:my|his|her|their|our|the|your|for|to|at) $")
# A dream's content right after 梦到 ("梦到自己心脏病发作吓醒了"), not what one woke with ("做梦惊醒后
# 胸口痛" is now).
_DREAMT_BEFORE = re.compile(r"(?:梦到|梦见|梦咗|发梦见)[^|]{0,12}$")
# The same in English: what was read or dreamt, up to a turn ("I read online that arm pain can mean
# a heart attack", "I dreamt I was having a heart attack"; not "…and woke up with chest pain").
_READ_OR_DREAMT_EN = re.compile(
    r"\b(?:dream(?:t|ed|ing)?|had a (?:bad )?dream|read (?:online|on the internet|somewhere|that)|"
    r"(?:tv|internet|news|article|video|tiktok|google|facebook|show|programme|program|radio|"
    r"podcast|youtube)(?: they)? (?:said|says|say)|"
    # "I saw on TV that…", "on TV they said…": a screen's claim, told as seen.
    r"saw (?:on|in) (?:tv|the news|a video|the internet|youtube|tiktok))\b"
    r"(?:(?!\b(?:and|but|now|woke|today|then)\b)[^|]){0,40}$"
)
# "I read a sudden headache can be a brain bleed", "read an article saying…": what was read, up to
# a turn, when its clause makes a general claim (`_CLAIM_EN`); "I was trying to read a book when
# the worst headache hit" makes none and is now.
_READ_A_EN = re.compile(
    r"\bread (?:a|an|about|an article|a post|a story|a leaflet)\b"
    r"(?:(?!\b(?:and|but|now|woke|today|then|when|while)\b)[^|]){0,60}$"
)
_CLAIM_EN = re.compile(
    r"\b(?:can|could|may|might|will|would) (?:be|mean|signal|cause|indicate|lead to)\b|"
    r"\b(?:is|are) (?:a |an |the )?(?:signs?|symptoms?|warning signs?)\b|\bmeans\b"
)
# Every match of `_READ_OR_DREAMT_EN` holds one of these.
_READ_OR_DREAMT_EN_CUES = ("dream", "read ", " said", " says", " say", "saw ")
# Any of `_SETTLED`'s words (one scan of the complaint; most hold none).
_SETTLED_WORD = re.compile("|".join(re.escape(word) for words, _ in _SETTLED for word in words))
# "做到吐血", "忙得吐血", "累到吐血": worked or tired till one could spit blood, a figure of speech
# for a load (only for 吐血: "做到晕倒" is a faint, "咳到吐血" a cough's blood).
_FIGURE_IDIOM_BEFORE = re.compile(
    r"(?:做|干|忙|累|加班|加|读书|温书|学|练|写|改|搞|赶)(?:得|到)(?:我|人|他|她|佢)?$"
)
_FIGURE_IDIOMS = ("吐血", "呕血")
_MILD = re.compile(
    r"(?:有点|有些|有一点|稍微|稍有|轻微|略微|略有|a bit|a little|slightly|mildly)[^|]{0,2}$"
)
# What "会不会…" asks when it asks how bad what was told is ("会不会有危险", "会唔会死"): read by
# `_SEVERITY_ASKED`, not as a hypothetical.
_HARM = r"有(?:生命)?危险|有事|死"
# A question about a condition, or a hypothetical: "会导致呼吸困难吗", "can polyps cause…".
_HYPOTHETICAL = re.compile(
    # Cantonese asks whether as 会唔会 ("头晕会唔会系中风嚟㗎").
    rf"会不会(?!{_HARM})|会唔会(?!{_HARM})|"
    # "吃了过期罐头会中毒吗": whether it would poison, asked.
    r"会(?:中毒|晕倒|昏倒|晕)(?:吗|嘛|么|啊)|"
    r"会导致|会引起|会造成|会诱发|会引发|会引来|导致[^|]*吗|引起[^|]*吗|能治好|能治愈|怎么治|如何治|"
    # "吃辣椒能引起脑出血不" (Shandong's "…不" asks as "…吗" does).
    r"能导致|能引起|能造成|能诱发|能引发|"
    # What a condition may bring ("会有高血压引起的脑出血", "会有糖尿病导致的失明"): feared, not now.
    r"会有[^|]{0,10}(?:引起|导致|造成|诱发|引发|引来)的|"
    # Which medicine or treatment a condition takes ("羊癫疯能吃什么药", "癫痫的治疗方法有哪些"),
    # asked as "怎么治" is.
    r"吃(?:什么|啥|哪些|哪种)药|用(?:什么|啥|哪些|哪种)药|服(?:什么|啥|哪些|哪种)药|"
    r"喝(?:什么|啥|哪些|哪种)药|治疗(?:的)?(?:方法|办法)|"
    r"是什么意思|有什么危害|有什么影响|预防|多久会|多久才|多久可以|多久能|会怎么样|会怎样|有什么后果|"
    r"是真的吗|是不是真的|"
    # "血压高到多少容易中风": what one is prone to, asked.
    r"容易(?:中风|脑梗|脑出血|心梗|猝死|得|患)|"
    # "点先知自己系咪中暑", "怎么判断是不是…": how one would know, asked in general.
    r"点先知|点样知|怎么知道|如何知道|怎样知道|怎么(?:判断|分辨|区分)|怎样(?:判断|分辨|区分)|"
    r"如何(?:判断|分辨|区分)|"
    # "煤气中毒的头疼跟感冒头疼咋分", "…有什么区别": two things told apart, asked in general.
    r"咋(?:分|区分|分辨|判断)|怎么分(?![钟配期])|有(?:什么|啥|咩)(?:区别|分别|不同)|"
    # "胸口痛一定是心梗吗", "头痛是脑瘤的症状吗": asked in general.
    r"一定是[^|]{0,12}吗|都是[^|]{0,12}吗|的(?:症状|表现|前兆|征兆)吗|"
    # "心梗有什么症状", "中风有哪些前兆", "脑出血的症状是什么": what a condition looks like.
    + "".join(
        ask + r"(?:症状|表现|前兆|征兆|先兆)|" for ask in ("有什么", "有哪些", "有啥", "有咩")
    )
    + "".join(sign + r"(?:是什么|是啥|有哪些|系咩)|" for sign in ("症状", "表现", "前兆", "征兆"))
    # Each alternative begins with a character, so that the regex engine looks only where one is.
    + "".join(
        when + r"[^|]{0,6}注意(?:些|一些|点)?什么|" for when in ("平时", "日常", "饮食", "生活")
    )
    # ("楼上的人要害他": what people want to do to him is no general question.)
    + r"注意事项|的人(?:平时|能不能|可以|要(?!害|杀|打|砍|抓|捉|追|毒|整)|应该|需要)|"
    # How to give first aid, asked in general ("农药中毒怎么急救", "急救方法").
    r"怎么急救|如何急救|怎样急救|点样急救|点急救|急救方法|急救措施|"
    # A fear of what may come ("担心自己会中风", "怕得心梗", "妈妈怕以后会中风"): not happening
    # now; "担心他是中风了" (feared to be happening) is not one.
    r"担心[^|]{0,8}(?:会|以后|将来)|害怕[^|]{0,8}(?:会|以后|将来)|怕(?:自己|他|她|孩子|会|以后|将来)会?|"
    r"怕得(?!要命|厉害|很|不得了|发抖|好紧要)|惊(?:自己|会)会?|"
    # What others say may happen ("朋友说被水母蜇了会过敏休克", "听人讲…会中风"): heard, not now.
    + "".join(
        who
        # "网上睇到话…可能系中风前兆": read there that it may be.
        + r"(?:都|也)?(?:看到|睇到|查到)?(?:说|讲|话)[^|]{0,24}?(?:会|可能)(?![^|]{0,3}(?:自杀|杀|轻生|跳楼))|"
        for who in (
            "朋友",
            "别人",
            "人家",
            "有人",
            "同事",
            "同学",
            "听人",
            "老人",
            "导游",
            "网上",
            "视频",
        )
    )
    # Someone's warning of what the visitor will get ("同事话我成日对住电脑会中风", "老婆说我这样
    # 下去会心梗"): what may come, said by another (not the visitor's own words, "我话我会…", nor
    # a threat to life).
    + "|".join(
        say
        # (Not the visitor speaking, nor 说话/讲话/电话: "说话我会说不清" is a symptom.)
        # Nor words of being gone ("他说我不在你们会比较轻松", "说我死了你们会好过"): a threat to
        # life, not a warning.
        + rf"(?<!我{say})(?<!说话)(?<!讲话)(?<!电话)(?:我|你)(?!不在|死了|走了|唔喺度|冇咗)[^|]{{0,14}}?会"
        + r"(?!不会|唔会|[^|]{0,3}(?:自杀|杀|轻生|跳楼))"
        for say in ("说", "话", "讲")
    )
)
# The same asked in English, looked for only in a clause with a letter (most are Chinese).
_HYPOTHETICAL_EN = re.compile(
    # Each alternative begins with a character (`whole_words`), so that the regex engine looks
    # only where one is.
    whole_words(
        "is it true",
        # "is it normal for kids to feel faint in the heat": a question about people in general.
        "is it (?:normal|common|usual) for (?:kids|children|babies|toddlers|teenagers|teens|people|"
        "women|men|older people|the elderly|pregnant women)",
        # "what are the signs of a stroke", "how do you spot a heart attack": what it looks like.
        "what (?:happens?|if|(?:are|is) the (?:early |warning )?(?:signs?|symptoms?))",
        *(
            modal
            + r" [a-z0-9. ]{0,50}\b(?:cause|lead to|result in|give (?:you|someone|people|a person)|bring on|"
            r"trigger|set off|provoke)"
            for modal in ("can", "could", "does", "do", "will", "would")
        ),
        # "is it a heart attack or only stress": one thing weighed against another, asked.
        r"is it [a-z ]{0,30}\bor (?:only|just|merely|simply)\b",
        "how (?:to|do i) (?:treat|prevent)",
        r"how (?:long|soon) after\b[a-z ]{0,40}\bcan i",
        "can i go back to (?:work|school)",
        "what is",
        # "what causes fainting?", "why do people faint": asked in general ("causes" and
        # "happens" may reach here as the rules' "cause" and "happen": `spelling`).
        "what (?:causes?|can cause)",
        "why do (?:people|some people|you|we)",
        # "can you get torsion from sport?": whether a cause brings it, asked in general.
        r"can (?:you|people|someone|a person|kids|children|boys|men|women) (?:get|develop)"
        r" [a-z ]{1,30}\b(?:from|after|because of)",
        # "is a heart rate of 130 dangerous?": a reading asked about in general (not "his").
        r"is (?:a|an) (?:heart rate|pulse|blood pressure|bp|temperature|temp|oxygen level|sats?|"
        r"saturation|reading) (?:of )?[0-9a-z ]{1,20}\b(?:dangerous|normal|safe|bad|ok|okay|"
        r"too high|too low|high|low)",
        "first aid (?:for|if|when)",
        "how (?:do|can|would) (?:i|you|we) (?:know|tell|spot|recognise|recognize)",
        # A fear of what may come: "worried I might have a stroke", "afraid of getting".
        *(
            fear + " (?:that )?(?:i|he|she|they|we|my [a-z]+) (?:might|may|could|will|would)"
            for fear in ("worried", "afraid", "scared", "anxious", "concerned", "frightened")
        ),
        *(fear + " (?:about|of) (?:having|getting)" for fear in ("worried", "afraid", "scared")),
    )
)
# The same asked from the clause's start (matched there, not searched).
_HYPOTHETICAL_EN_START = re.compile(
    # "can stroke make the face go one side": a condition asked of in general, not "can you make
    # it stop".
    r"\s?(?:can|could|does|do|will|would) (?!you\b|i\b|we\b|u\b|someone\b|somebody\b)"
    r"[a-z ]{0,30}\bmake\b|"
    # Asked from the clause's start ("can high blood pressure in pregnancy hurt the baby"), not
    # said in a story ("it does hurt when I breathe").
    r"\s?(?:can|could|will|would|does|do) [a-z ]{0,40}\b(?:hurt|harm|affect|damage)\b|"
    # "is chest pain always a heart attack", "does a headache mean a tumour": asked in general.
    r"\s?(?:is|are|does|do) [a-z ]{0,40}\b(?:always|usually|a sign of|a symptom of|mean|means|"
    # "is chest pain a side effect of my new pills": what a medicine may do, asked.
    r"an? (?:common |known |usual )?side ?effects? of|side ?effects? of)\b|"
    # "could a panic attack feel like a heart attack", "can reflux look like angina": asked in
    # general, one condition against another.
    r"\s?(?:can|could|does|do|would|is|are|will) [a-z ]{0,40}\b(?:feel|look|seem|sound|be mistaken|be confused)s? (?:like|for|with)\b"
)
_LETTER = re.compile(r"[a-z]")
# Asked as "what if": hypothetical even when it names an amount taken ("what would happen if
# someone took too many sleeping pills", "如果吃了一整瓶会怎样"). Each alternative begins with a
# character, so that the regex engine looks only where one is.
_WHAT_IF = re.compile(
    r"如果|假如|假设|万一|要是|"
    + whole_words(
        "what if",
        "what (?:would|will) happen",
        "if (?:someone|somebody|you|a person)",
        # "if a kid swallowed a battery", "hypothetically": a parent asking ahead.
        "if (?:a|any|your) (?:kid|child|baby|toddler|little one)",
        # "what should I do if my child swallows a battery": asked ahead, in general.
        *(
            f"what {modal} (?:i|we|you|one) do (?:if|when|in case)"
            for modal in ("should", "do", "would", "can", "shall", "must")
        ),
        "what to do (?:if|when|in case)",
        "hypothetically",
    )
)


def _asks_hypothetically(clause: str) -> bool:
    """Return whether the clause asks about a condition or a hypothetical."""
    return bool(
        _HYPOTHETICAL.search(clause)
        or (
            _LETTER.search(clause)
            and (_HYPOTHETICAL_EN.search(clause) or _HYPOTHETICAL_EN_START.match(clause))
        )
    )


# A long story: "持续了8个月", "两年了", "这几年", "for two years" — a red flag without a
# "now" word in its clause is part of that story, not an emergency today. Every alternative
# begins with a character ("最近半年" holds "近半年"), so that the regex engine looks only where
# one of them is.
_LONG_STORY = re.compile(
    r"持续了?[0-9一二两三四五六七八九十几多半]+(?:个)?(?:月|年)|这(?:几|两|些)年|多年|长期|"
    r"近[0-9一二两三四五六七八九十几]*半?年|这[0-9一二两三四五六七八九十几]*半?年|这半个月|近半个月|"
    # "至今" since a time of today is today's: "从早上至今一直抽搐".
    r"一直(?:有|都有|患)|"
    r"至今(?<!早上至今)(?<!上午至今)(?<!中午至今)(?<!下午至今)(?<!晚上至今)(?<!昨天至今)"
    r"(?<!昨晚至今)(?<!今天至今)(?<!今早至今)(?<!凌晨至今)(?<!半夜至今)(?<!刚才至今)"
    r"(?<!前天至今)(?<!小时至今)(?<![0-9点]至今)|"
    # An old complaint ("头痛老毛病了", "老问题", "老毛病又犯"): of years.
    r"老毛病|老问题|老病根|"
    r"for (?:[0-9]+|a few|several|two|three|many) (?:months|years)|for years"
)
# A wish to die told with a plan made ready ("照顾我妈好几年了，不想活了，药都准备好了", "caring
# for mum for years, I want to die, I have the pills ready"): the years are the story's, the plan
# is today's, so the complaint is no long story whose clauses are habits. Searched only where a
# wish to die is said (`_WISH_TO_DIE`).
_WISH_TO_DIE = re.compile(
    r"不想活|想死|活不下去|活唔落去|唔想活|轻生|寻死|自杀|了结自己|"
    + whole_words(
        "want to die", "wanna die", "kill myself", "end my life", "end it all", "dont want to live"
    )
)
_PLAN_MADE_READY = re.compile(
    r"(?:准备|备|买|攒|存|藏|写)好?了?[^|]{0,6}(?:药|安眠药|绳|刀片|炭|农药|遗书)|"
    r"(?:药|绳子|刀片|炭|农药|遗书)[^|]{0,4}(?:准备好|备好|买好|写好|攒够|存够|攒好)|遗书|"
    + whole_words(
        *(
            verb + " (?:the |some |a |all (?:my |the )?)?(?:pills|tablets|rope|charcoal|blades?)"
            for verb in ("have", "got", "bought", "saved", "saved up", "stockpiled", "hoarded")
        ),
        *(
            thing + " (?:are |is )?(?:ready|saved up|stockpiled)"
            for thing in ("pills", "tablets", "rope", "charcoal", "blades")
        ),
        "wrote (?:a|my) (?:suicide )?note",
        "suicide note",
    )
)
# A known condition had for years ("我有高血压好多年", "他有胃溃疡好多年", "糖尿病病史十几年"): the
# years are the condition's, not the complaint's, so they make no other clause a habit (the
# clause itself stays one). The condition's name ends as one does (病, 炎, 压, 疡…), so that a
# symptom had for years ("有点胸闷好多年") is still a long story.
_LONG_TERM_MEDICINE_SAID = (
    r"长期(?:在)?(?:吃|服|服用|食|用)[^|]{0,8}(?:药|丸|片|林)|"
    r"(?:on|taking|takes|taken) (?:(?:a|her|his|my|the) )?(?:blood thinners?|thinners?|warfarin|"
    r"coumadin|eliquis|apixaban|xarelto|rivaroxaban|pradaxa|dabigatran|edoxaban|lixiana|"
    r"clopidogrel|plavix|aspirin|heparin|anticoagulants?|tablets|pills|medication|medicine|meds|"
    r"insulin)(?: every day| daily)? for (?:years|many years|[0-9]+ years|a few years|several years|"
    r"ages|a long time)"
)
# A medicine taken long-term, read at a mention: the medicine is taken today too, so a red flag's
# word for it ("长期食紧薄血丸", "on warfarin for years") is no habit of the past (a fall on a blood
# thinner taken for years is the emergency it names).
_LONG_TERM_MEDICINE = re.compile(_LONG_TERM_MEDICINE_SAID)
_CONDITION_FOR_YEARS = searched(
    r"(?:有|患有|患了|得了|病史)[^|0-9一二两三四五六七八九十几多半好点些]{0,6}"
    r"(?:病|炎|疡|症|瘤|癌|压|脂|糖|石|喘|风|核|颤|史)(?:病史)?(?:已经|都|也)?有?"
    r"(?:好多年|很多年|好几年|多年|十几年|几十年|[0-9一二两三四五六七八九十]+年)|"
    # A long illness named with its years and no 有 before it ("我妈心衰好几年了", "他糖尿病十几
    # 年了"): the years are the illness's too (a name, never a symptom's word).
    r"(?:心衰|心力衰竭|心脏衰竭|肾衰竭|肾衰|尿毒症|高血压|糖尿病|冠心病|慢阻肺|肺心病|肺气肿|老慢支|帕金森|"
    r"肝硬化|乙肝|丙肝|肝炎|哮喘|癫痫|羊癫疯|胃病|胃溃疡|肾病|痛风|房颤|心脏病|甲亢|甲减|类风湿|"
    r"红斑狼疮|银屑病|牛皮癣|抑郁症|精神分裂症?|肺结核|"
    # A treatment had for years ("肾移植三年了", "透析五年了"): the years are the treatment's.
    r"(?:肾|肝|心|肺|骨髓)?移植|换肾|换肝|透析|血透|腹透|洗肾|起搏器)"
    r"(?:已经|都|也)?有?(?:好多年|很多年|好几年|多年|十几年|几十年|[0-9一二两三四五六七八九十]+年)|"
    # A known illness called an old complaint ("哮喘老毛病", "胃病是老毛病了"): the same.
    r"(?:病|炎|疡|症|瘤|癌|压|脂|糖|石|喘|风|核|颤|硬化)(?:是|也是|都是)?(?:个)?(?:老毛病|老问题|老病根)|"
    # Or the old complaint named first ("他说是老毛病支气管扩张", "老毛病胃溃疡了").
    r"(?:老毛病|老问题|老病根)[^|0-9]{0,8}?(?:病|炎|疡|症|瘤|癌|压|脂|糖|石|喘|风|核|颤|硬化|扩张)|"
    # A medicine taken long-term ("佢长期食薄血药", "长期吃阿司匹林", "on warfarin for years"): the
    # time is the medicine's, so the other clauses are today's.
    + _LONG_TERM_MEDICINE_SAID
    + r"|"
    r"(?:have|has|had) (?:had )?(?:high blood pressure|diabetes|asthma|an ulcer|a stomach ulcer|"
    r"angina|heart disease|heart failure|copd|kidney failure|arthritis|epilepsy) for "
    r"(?:years|many years|[0-9]+ years|a few years|"
    r"several years)"
)
# A number of months or years gone by ("8个月了", "好几年了", "十几年来"), also a long story:
# the number's last character is enough to find one (an expression beginning with one class is
# looked for only where its characters are).
_MONTHS_OR_YEARS = re.compile(
    r"[0-9一二两三四五六七八九十几多半](?:个)?(?:月|年)(?:了|多|来|之久|左右|以来)"
)
# A number of months said right after a child or a pregnancy is an age or a term, not a story's
# time ("孩子四个月了", "媳妇怀孕八个月了", "宝宝才十个多月"): it makes no clause a long story.
_AGE_OR_TERM_BEFORE = re.compile(
    r"(?:怀孕|怀了|怀咗|怀着|有咗|身孕|(?<![备不避])孕|宝宝|宝贝|婴儿|孩子|小孩|娃娃|娃儿|娃|儿子|女儿|孙子|孙女|"
    r"外孙|外孙女|囡囡|仔仔|bb|bb仔|bb女|细路|个仔|个女|baby)"
    # "怀孕七个多月了": the month's count is "七个多", the 个 before its 多 too.
    r"(?:已经|才|刚|都|快|刚满|才满|满|有|就|今年|现在|而家)*[0-9一二两三四五六七八九十几多半个]*$|"
    # "她快九个月了", "老婆快八个月了": a woman nearly five to nine months along is a pregnancy's
    # term (快 and the month's count right after her), not the story's time.
    r"(?:她|佢|老婆|太太|媳妇|老婆仔|嫂子|妻子|爱人|我)(?:已经|都|就|现在|而家|今日|今天)*快"
    r"[五六七八九]?个?多?$|"
    # "月经推迟半个月了", "例假过期一个月了", "停经两个月了": how late a period is, not how long a
    # complaint has gone on.
    r"(?:推迟|延迟|迟了|晚了|过期|没来|冇来|停经)(?:了|咗)?(?:已经|都|有|快|差不多|大概)*"
    r"[0-9一二两三四五六七八九十几多半个]*$"
)


def _months_told(text: str) -> set[int]:
    """Return where the clauses that tell a number of months or years gone by begin, a child's
    age or a pregnancy's term not counted."""
    clauses = set()
    for match in _MONTHS_OR_YEARS.finditer(text):
        clause_start = text.rfind(CLAUSE, 0, match.start()) + 1
        if not _AGE_OR_TERM_BEFORE.search(text, clause_start, match.start()):
            clauses.add(clause_start)
    return clauses


@dataclass(frozen=True)
class Mention:
    """How a phrase is said where it was found."""

    negated: bool = False
    mild: bool = False  # "有点喘": a red flag's own words said as mild
    past: bool = False
    condition: bool = False
    habit: bool = False
    hypothetical: bool = False
    now: bool = False  # its clause says it is happening now ("今天", "刚才", "right now")
    # Told of an earlier pregnancy or birth ("上一胎产后大出血", "a big bleed with my first baby"):
    # an episode closed with it, never a story that goes on to today.
    earlier_birth: bool = False
    # Told as an episode of years ago at the mention itself ("以前眼睛被打伤过", "去年中风过", "a
    # stroke years ago"): closed, never revived as a story of today.
    long_ago: bool = False

    def __init__(
        self,
        negated: bool = False,
        mild: bool = False,
        past: bool = False,
        condition: bool = False,
        habit: bool = False,
        hypothetical: bool = False,
        now: bool = False,
        earlier_birth: bool = False,
        long_ago: bool = False,
    ) -> None:
        # Frozen, set at once (see `specs.Reason`): a complaint reads dozens of mentions.
        self.__dict__.update(
            negated=negated,
            mild=mild,
            past=past or earlier_birth,
            condition=condition,
            habit=habit,
            hypothetical=hypothetical,
            now=now and not earlier_birth,
            earlier_birth=earlier_birth,
            long_ago=long_ago and not now,
        )

    @property
    def not_now(self) -> bool:
        """Return whether a red flag here is told as history, a condition, a habit or a question."""
        return self.past or self.condition or self.habit or self.hypothetical

    @property
    def only_past(self) -> bool:
        """Return whether it is held back only by its time: told of the past, not as a
        question, a habit, a diagnosis or someone else's."""
        return self.past and not (self.condition or self.habit or self.hypothetical)

    @property
    def story(self) -> bool:
        """Return whether it is held back only as part of a story (history, a habit, months).

        Such a mention counts again when another word of the same red flag is said now: "胸口压着
        疼一个月了，今天出冷汗" is a long story that turned into an emergency today. A question,
        a diagnosis or a mild word is never revived.
        """
        return (self.past or self.habit) and not (
            self.hypothetical or self.condition or self.mild or self.earlier_birth or self.long_ago
        )


# An English word that turns the sentence starts a clause of its own, as it would after a comma
# (and as a Chinese 但是 does: `text.normalise`): "I'm here for my rehab session but my dad
# suddenly can't move his right side" is the errand's clause and the new emergency's; "I thought
# it was a stroke but it turned out to be a migraine" tells what it turned out to be after the
# belief. Not where the word turns nothing: "nothing but a cough", "all but", "as though" (as
# if); "even though" turns before "even"; nor before the words that qualify the statement before
# ("not only … but also", "chest pain but only when I run": the habit is the pain's; "had a
# stroke last year but her face is still droopy", "had my baby three weeks ago but I'm still
# bleeding a little": what stayed since is told with that time, as one statement — whether it is
# a new emergency, "had chemo last week but she still has a fever", is the red flags' to tell),
# nor at "however" of a degree ("however much it hurts"). A bare "and" lists symptoms ("chest
# pain and sweating"), "and now" goes on with what is happening as often as it turns from the
# past (which `_TURN_TO_NOW` reads inside the clause), "yet" is mostly "not walking yet": none
# of them turns.
_QUALIFIES = r"also|only|just|not|never|mostly|mainly|usually|sometimes|occasionally|rarely|seldom"
_DEGREE = r"much|many|long|often|hard|far|bad|badly|little|few|small|big|slight|mild|high|low"
_TURN_EN = re.compile(
    r" (?<!nothing )(?<!anything )(?<!everything )(?<!\ball )(?<!\bas )(?<!\beven )"
    rf"(?=(?:but|although|whereas|(?:even )?though)\b(?! (?:{_QUALIFIES})\b)"
    r"(?! (?:[a-z]+ ){0,3}still\b)"
    rf"|however\b(?! (?:{_QUALIFIES}|{_DEGREE})\b))"
)
# Where a red flag's exception stops (`clause_bounds`): at a turn, and where the story turns to
# now as `_TURN_TO_NOW` reads it inside a clause ("here for my rehab and now my dad suddenly
# can't move his arm").
_TURN_OR_NOW_EN = re.compile(_TURN_EN.pattern + r"| (?=and (?:now|today)\b)")


def with_turns(text: str) -> str:
    """Return the normalised text with the space before each English turn a clause's end.

    The clause mark takes the place of the space, so every position stays where it was: the
    engine's phrases were found in the text as normalised, and a phrase may span a turn ("ml*but
    doctor": a dose given against the doctor's word; `Story._across`).
    """
    if " " not in text:
        return text
    return _TURN_EN.sub(CLAUSE, text)


def clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where the clause around text[start:end] begins and ends, a turn ("… but …", "… and
    now …") ending one too: the engine's text holds no turn marked (`with_turns`)."""
    clause_start, clause_end = _bounds(text, start, end)
    if " " in text:
        for turn in _TURN_OR_NOW_EN.finditer(text, clause_start, clause_end):
            if turn.start() < start:
                clause_start = turn.start() + 1
            elif turn.start() >= end:
                clause_end = turn.start()
                break
    return clause_start, clause_end


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Return where the clause around text[start:end] begins and ends, by its clause marks."""
    clause_start = text.rfind(CLAUSE, 0, start) + 1
    clause_end = text.find(CLAUSE, end)
    return clause_start, len(text) if clause_end < 0 else clause_end


# Said to be fine right after: "呼吸正常", "体温都正常", "I can breathe fine", "my breathing is OK".
_FINE_AFTER = re.compile(
    # "还好一点了" (a bit better) still has it.
    # "呼吸是正常的", "呼吸都系正常": said to be fine with the copula. Asked ("乙肝五项正常吗",
    # "胎动正常不正常") it is not said to be fine.
    # "呼吸都OK", "呼吸还ok": fine said in English letters after the Chinese.
    # "呼吸也很顺": smooth, as fine.
    # "喘气好好的", "呼吸好哋哋": just as it should be.
    r"(?:都|也|还|倒|倒是|一切)?(?:是|系|很)?(?:正常|没问题|没事|还好|还行|挺好|还可以|冇问题|冇事|唔错|很顺|好顺|几顺|"
    r"好好的|好好地|好哋哋|好地地|(?<=[都也])好的(?!时候|话)|"
    r"顺畅|ok(?![a-z])|okay)"
    r"(?!一点|一些|些|点|多|吗|么|幺|嘛|否|与否|不正常|唔正常)|"
    r"\s?(?:is |are |was |seems |totally |completely |perfectly |absolutely )?"
    r"(?:fine|normal|normally|ok|okay|all right|alright)\b"
)


# The characters "fine" can start with: most mentions are followed by none (no regex run).
_FINE_FIRST = frozenset("都也还倒一正没挺冇唔是系很好几顺 fnoaisw")


# A denial said inside a `*` phrase's gap, right before its last part: "肚子也不疼", "身上也没有青
# 一块", "my chest doesnt really hurt". Only a denial a speaker adds ("也不", "都没有", "doesnt"):
# a bare 不 or 没 between a verb and its result is the symptom itself ("睡不着", "叫他没反应",
# "看不清"), and so is "cant".
_GAP_DENIAL = re.compile(
    r"(?:也|都|并|根本|完全|从来|一点|一直)(?:不|没有?|冇|唔|未)(?:太|很|怎么|大|是很|是|算|会|觉得)?$|"
    # "肚子不怎么疼", "个肚唔系点痛": hardly, said without an adverb before it (a bare "不太" is
    # still a symptom: "肚子不太舒服").
    r"(?:不|没)怎么$|唔系(?:好|点)$|不是很$|不算(?:太|很)?$|"
    r"\b(?:doesnt|dont|didnt|isnt|arent|wasnt|werent|never|no longer)"
    r"(?: really| even| actually| feel| seem to| at all)? ?$"
)
# A sensation denied with a bare "不" or "不会" ("头不晕", "胸口不会痛"); a state is not ("腿不动",
# "肚子不舒服").
_SENSATIONS = frozenset("晕痛疼痒麻肿酸胀闷")
_BARE_DENIAL = re.compile(r"(?:不|没|冇|唔)会?$")
# Every denial above holds one of these.
_GAP_DENIAL_CUE = re.compile(r"不|没|冇|唔|未|nt\b|never|no longer")


# A list of readings said fine together: "血压血糖都正常", "血压、血脂也正常" (each of the list).
# "喘气咳嗽都没事": what is done without trouble (not asked: "都没事吧").
_LIST_FINE_AFTER = re.compile(
    r"(?:[、和跟与及]?[\u4e00-\u9fff]{2,3}){1,2}(?:都|也|全都|全部|一直都)"
    r"(?:正常|没问题|冇问题|还好|挺好|(?:没|冇)事(?!吧|吗|么|嘛))"
)


# A pain or a swelling denied right before it, at the end of a red flag's `*` phrase: "胸口不疼",
# "心口冇痛", "胸口一点都唔痛", "个嘴都冇肿", "嘴唇没有肿". A red flag keeps its `*` phrases
# whatever their gap says ("叫他没反应", "喘不上气": the result denied is the sign), but a pain,
# a swelling, blood, a crooked mouth, a sensation or its severity denied ("吐的没有血", "嘴也不
# 歪", "胸口不会闷", "喘得不厉害") is never one.
_PAIN_DENIED = re.compile(
    r"(?:不|没有?|冇|唔|未|无)(?:太|怎么|是很|大|觉得|感觉|系好|系点|见|有|带|看到|见到|会)?"
    r"(?:疼|痛|肿|血|歪|厉害|严重|晕|痒|麻|酸|胀|闷)$"
)
# The last characters `_PAIN_DENIED` reads (the engine asks it only of a phrase ending in one):
# the sensations, blood, a crooked mouth, 厉害 and 严重.
DENIABLE_ENDINGS = _SENSATIONS | frozenset("血歪害重")


def pain_denied(text: str, start: int, end: int) -> bool:
    """Return whether the `*` phrase found at text[start:end] ends with a pain, a swelling, blood,
    a crooked mouth, a sensation or its severity denied ("吐的没有血", "嘴也不歪", "胸口不会闷",
    "喘得不厉害")."""
    return bool(_PAIN_DENIED.search(text, max(start + 1, end - 6), end))


def gap_may_deny(text: str, start: int, end: int) -> bool:
    """Return whether text[start:end] holds a word a gap's denial needs (read before the rest)."""
    return bool(_GAP_DENIAL_CUE.search(text, start, end))


def gap_denies(text: str, gap_start: int, last_start: int) -> bool:
    """Return whether the gap text[gap_start:last_start] ends with a denial of what follows: a
    bare "不" or "不会" denies a sensation ("头不晕", "胸口不会痛"), not a state ("腿不动")."""
    if not _GAP_DENIAL_CUE.search(text, gap_start, last_start):
        return False
    before = text[max(gap_start, last_start - 24) : last_start]
    return bool(
        _GAP_DENIAL.search(before)
        or (text[last_start : last_start + 1] in _SENSATIONS and _BARE_DENIAL.search(before))
    )


# "别紧张", "不用担心", "唔使惊": the visitor reassures the desk; no worry is told.
_WORRIES = ("紧张", "担心", "着急", "慌", "害怕", "惊")
_REASSURED = re.compile(r"(?:别|不用|不要|唔使|唔好|不必)$")


def said_fine(text: str, end: int) -> bool:
    """Return whether the words right after `end` say it is fine ("呼吸正常", "breathe fine").

    A 喘 read in 喘气 (breathing, the word) is fine when the breathing is: "说话喘气都没问题".
    """
    if text.startswith("气", end) and text[end - 1 : end] == "喘":
        end += 1
    return end < len(text) and text[end] in _FINE_FIRST and bool(_FINE_AFTER.match(text, end))


def negated(text: str, start: int, end: int | None = None) -> bool:
    """Return whether a negation before `start` (or "fine" after `end`) cancels the mention."""
    if end is not None and said_fine(text, end):
        return True
    clause_start = text.rfind(CLAUSE, 0, start) + 1
    if text.startswith(_WORRIES, start) and _REASSURED.search(
        text, max(clause_start, start - 3), start
    ):
        return True
    if not _NEGATION_CUE.search(text, max(clause_start, start - 45), start):
        return False
    # Long enough for English's "hasn't said anything about …".
    before = text[max(clause_start, start - 32) : start]
    if _ASKED_WHETHER.search(before):
        return False
    if _NEGATION_ZH.search(before) or _NEGATION_EN.search(before):
        return True
    if _WONT_FEEL.search(before) and _FELT.match(text, start):
        return True
    if _KIND_DENIED.search(text, max(clause_start, start - 24), start):
        return True
    if text.startswith("been ", start) and _NOT_BEEN.search(before):
        return True
    # A blow denied: "fell but didn't hit his head" (not "didn't wake up").
    if _BLOW.match(text, start) and _BLOW_DENIED.search(before):
        return True
    if _EVENT.match(text, start) and _EVENT_DENIED.search(before):
        return True
    if _KIND_DENIED_BEFORE.match(text, clause_start) and _KIND_AFTER.match(text, start):
        return True
    # A phrase that says an absence itself ("not open eye", "不睁眼") is a new item of the
    # list, not one the list's negation covers ("not talk and not open eye").
    if _SAYS_ABSENCE.match(text, start):
        return False
    listed = _LIST_NEGATION_ZH.search(before)
    if (
        listed
        and _LIST_JOINER_ZH.search(listed.group(1))
        and not _LIST_TURN_ZH.search(listed.group(1))
    ):
        return True
    before_en = text[max(clause_start, start - 45) : start]
    listed = _LIST_NEGATION_EN.search(before_en)
    joiner = _LIST_JOINER_EN
    if not listed:
        listed, joiner = _LIST_NEGATION_VERB_EN.search(before_en), _LIST_OR_EN
    return bool(
        listed
        and joiner.search(listed.group(1))
        and not _LIST_TURN_EN.search(listed.group(1))
        and not _LIST_EVENT_EN.match(text, start, min(len(text), start + 40))
    )


# A time in the past that sets the time of the clauses after it, until one says "now":
# "上个月宝宝突然牙关紧闭，四肢僵硬，口吐带血唾沫" is all last month; "有一次情绪激动的时候，
# 昏倒了" is one time in the past.
_STORY_PAST = re.compile(
    _YEAR + r"|"
    r"(?:[0-9一二两三四五六七八九十几多半]+(?:个)?(?:年|月|周|星期|礼拜)前|上个月|去年|上年(?!纪)|旧年|前年|前几年|前两年|前些年|小时候|年轻(?:的)?时(?:候)?|以(?<!钟以)(?<!钟头以)(?<!小时以)前(?!从来|从未|从没|都没|都冇|未|冇|没)|曾经|"
    # "他之前洗到一半昏过去一次", "之前透到一半昏过去一次": before, said of someone or counted as
    # an episode, is the past.
    r"(?<=[他她佢])之前(?!从来|从未|从没|都没|都冇|未|冇|没)|"
    r"之前(?!从来|从未|从没|都没|都冇|未|冇|没)(?=[^|]{0,14}(?:一次|一回|两次|几次|好几次))|"
    r"前阵子|前段时间|早排|早一排|前一排|上次|有一次|有一回|那一次|那次|"
    r"\b(?:last (?:week|month|year|summer|winter|spring|autumn|christmas)s?|last "
    + _WEEKDAY
    + r"|(?:weeks?|months?|years?) ago|(?<!born )in (?:19|20)[0-9]{2})\b)"
)
# A past that tells a background of what follows, not an episode ("去年有一次"): a known illness
# ("以前有高血压", "之前得过胃病", "原来就有冠心病") or the health before ("以前好好的").
_PAST_BACKGROUND = re.compile(
    r"(?:以前|之前|原来|早年|曾经)(?:就|一直|也)?(?:有|患有|患过|患|得过|得了)(?!一次|一回|次|回)|"
    r"(?:以前|之前|原来|本来)[^|]{0,4}(?:好好的|好好地|挺好|很好|没事|正常|健康)"
)
# Every match of `_STORY_PAST` holds one of these: a clause without one is not searched (the
# expression's look-behind and `\b` keep the regex engine from looking only at first characters).
_STORY_PAST_CUE = re.compile(r"年|月|前|候|曾|次|回|排|last|ago|in (?:19|20)")
# The whole complaint asks how to treat or recover from something: its red flags are the
# condition being asked about ("口眼歪斜，应该怎么治疗会恢复呢").
_TREATMENT_ASKED = re.compile(
    r"怎么治疗|如何治疗|怎样治疗|治疗(?:的)?(?:方法|办法)|怎么治|能治好|治得好|会恢复|能恢复|恢复吗|吃什么药|用什么药|"
    r"这是怎么回事|是什么原因|什么原因导致|" + whole_words("how (?:to|do i|can i) (?:treat|cure)")
)
# Or tells a diagnosis, as such a question does ("被诊断为面瘫，…"): unless the finding sent the
# visitor over now (`Story.sent_over_now`), or was made years before, a background of today's
# story ("前些年还查出来有点肾功能不全，…今天早上胸口闷得慌", "确诊两年了，…今天脖子发硬").
_DIAGNOSIS_TOLD = re.compile(r"确诊|诊断为|诊断出|被诊断|查出来|检查出")


# Over by now ("现在没事了", "已经好了", "fine now"): a red flag told of an earlier day in a clause
# before it is history ("他说昨天胸口疼得厉害，现在没事了"); one of today is not.
_RESOLVED = re.compile(
    r"没事了|已经好了|完全好了|现在好了|已经不(?:疼|痛)了|现在不(?:疼|痛)了|冇事了|好返晒|"
    # "送来你们这边看过说没事": seen and told it was nothing.
    r"(?:看过|查过|医生|大夫)[^|]{0,6}(?:说|讲|话)(?:冇|没)(?:什么|啥|乜)?事|"
    r"没什么异常|没有异常|恢复正常|又好了|自己好了|已经(?:没|冇)事|精神(?:好了|好返|恢复了)|"
    # "吃饭玩耍都正常": a child's day as usual since.
    r"(?:吃饭|玩耍|吃喝|精神|胃口)[^|]{0,4}都(?:很|挺)?正常|缓过来了|现在没什么事|现在没啥事|而家冇咩事|"
    # "现在好好的": well again since.
    r"现在(?:又|都|已经)?好好(?:的|地)|而家(?:又|都)?好好哋|后来(?:都|也|就)?好好(?:的|地)|"
    # "之后都很正常": well ever after.
    r"(?:之后|后来|以后)(?:都|也|一直)(?:很|挺)?正常|"
    # "而家冇咳冇喘": no cough and no wheeze now.
    r"(?:现在|而家)(?:冇|没|不)咳(?:也|又)?(?:冇|没|不)喘|"
    # "今天完全正常": well again today.
    r"(?:今天|今日|现在|而家)(?:已经|都|又)?(?:完全|都)正常|"
    # "玩得挺欢": a child playing as usual since.
    r"玩得(?:挺|很|可|好|正)?(?:欢|开心|好)|"
    + whole_words(
        "fine now",
        "fine today",
        "feel (?:totally |completely |perfectly )?fine",
        "feeling (?:totally |completely |perfectly )?fine",
        "gone now",
        "all gone now",
        # "it's been gone since Thursday".
        "its been gone since",
        "settled now",
        "ok now",
        "okay now",
        "back to normal",
        # "the ER checked everything and said it was fine".
        "said (?:it was|i was|all was|everything was|everything is|it is|its|i am|im) "
        "(?:fine|ok|okay|normal)",
        # "fainted yesterday, came round in seconds and was fine after eating".
        "was (?:fine|ok|okay|well) (?:after|since|ever since)",
        "been (?:fine|ok|okay|well) (?:after|since|ever since)",
    )
)
# Over since an earlier day ("blacked out two days ago, fine since"): read with `_RESOLVED` where
# a clause of an earlier day is told over, not as a story's past said over (`_OVER`).
_FINE_SINCE = re.compile(
    whole_words(*(f"{fine} (?:ever )?since" for fine in ("fine", "ok", "okay", "well")))
)
# The story of the past said over, then today (`Story.may_tell_before`): the words of
# `_RESOLVED`, and recovered, "all better now", "already finish", 早就好了, 痊愈.
_OVER = re.compile(
    _RESOLVED.pattern
    + r"|早就好了|早好了|都好了|好晒|康复|痊愈|治好了|"
    + whole_words(
        "better now",
        "all better",
        "recovered",
        "already (?:finish|finished|better|ok|okay|cured|well)",
        "now (?:i am|im|she is|shes|he is|hes) (?:fine|ok|okay|well|better|healthy)",
    )
)
# A medicine swallowed by the count or by the pack ("吃了二十几片扑热息痛", "took panadol, maybe
# twenty", "吃了一整瓶安眠药", "a whole box of paracetamol") is not over when the visitor feels
# fine: paracetamol harms the liver a day or two later, so "fine now" does not make its day
# history.
_COUNTED_PILLS = searched(
    r"(?:[1-9][0-9]|[二三四五六七八九]十|十[一二三四五六七八九]?|几十|十几)(?:多|几|来)?(?:片|粒|颗|粒药)|"
    r"(?:一整|整|成|全)(?:瓶|樽|盒|板|包|排)|一大把|"
    r"\b(?:whole|entire|full) (?:bottle|box|packet|pack|strip|tub)\b|"
    r"\b(?:maybe|about|like|around|nearly|almost|over|took|swallowed|had|ate) "
    r"(?:[1-9][0-9]|twenty|thirty|forty|fifty)\b(?! ?(?:mg|ml|minutes|mins|hours|days|years|a day|a week|a month|per|each|every|times))"
)
_PILL_WORD = re.compile(
    r"片|粒|颗|药|扑热息痛|对乙酰氨基酚|必理痛|普拿疼|"
    + whole_words(
        "panadol", "paracetamol", "tylenol", "acetaminophen", "pills", "tablets", "painkillers"
    )
)
_EARLIER_DAY = re.compile(
    r"昨天|前天|前几天|前两天|上周|上个星期|上礼拜|上个礼拜|琴日|寻日|前日|昨晚|昨夜|前晚|琴晚|寻晚|噚晚|"
    + whole_words(
        "yesterday",
        "last night",
        "the other day",
        "last week",
        "last " + _WEEKDAY,
        "a few days ago",
        # "fainted over the holiday", "a fall at the weekend": days gone by.
        "over the (?:holiday|holidays|weekend|break)",
        "during the (?:holiday|holidays|break)",
        "at the weekend",
        "last weekend",
        *(f"{count} days ago" for count in ("two", "three", "four", "five", "six", "several")),
    )
    # "2 days ago": a count in digits (`whole_words` begins each word with its own first letter,
    # so a digit's class is written here).
    + r"|(?<![0-9])[2-9] days ago\b"
)


def told_of_an_earlier_day(text: str) -> bool:
    """Return whether `text` names an earlier day ("昨天", "前天", "last week")."""
    return bool(_EARLIER_DAY.search(text))


# An event of an earlier day, then checked and named ("昨天突然晕倒，去检查才发现患上了癫痫", "前些天
# 晕倒了，检查后医生说他患高血压", "连续几天昏倒…医院说可能是癫痫"): a doctor has seen it and given
# it a name, so the complaint asks about the diagnosis, not for an emergency. Read only in a clause
# of an earlier day (`_DAYS_BEFORE`) that says no now, the check told after the mention within
# `_CHECKED_REACH` characters (a clause or two later); "医生说赶紧送急诊" names nothing.
_DAYS_BEFORE = re.compile(
    r"昨天|前天|前几天|前两天|前些天|前些日子|连续(?:好)?几天|一连几天|接连几天|连着几天|"
    r"上周|上个星期|上礼拜|琴日|寻日|前日"
)
_CHECKED_AFTER = re.compile(
    r"检查(?:了|完|过)?(?:一下)?(?:后|之后|以后)?(?:才|就)?(?:发现|知道|查出|诊断|确诊)|"
    r"(?:检查|查)(?:了|完)?(?:后|之后|以后)(?:医生|大夫)?(?:说|讲)|"
    r"(?:医生|大夫|医院|医院的人|校医|医师|诊所|卫生院)(?:说|讲)(?:他|她|我|佢|孩子)?(?:有)?(?:可能)?"
    r"(?:是|患|得了|有)|"
    r"诊断(?:为|是|出)|确诊(?:为|是|了)"
)
_CHECKED_REACH = 40

# Why the visitor came today, said against a story of the past: "今天是来看牙的", "这次来主要是
# 看皮肤", "today it's just a verruca", "here today about her cataracts", "what brings him today".
# Each alternative begins with a character, so that the regex engine looks only where one is.
_VISIT_TODAY = re.compile(
    "".join(
        # "这次是要看膝盖", "今天想睇皮肤": what the visitor wants seen today.
        today + r"(?:是|就是|只是|主要是|其实是)?(?:来|过来|嚟|要|想)(?:是|主要是)?"
        # What is seen to today, not the story's own care (开药, 复查, 检查 go on with it).
        r"(?:看|睇|处理|拔|补|洗|治)|"
        for today in ("今天", "今日", "今次", "这次", "这回", "今朝")
    )
    # "现在主要是膝盖痛", "这次就是皮肤痒": what it is now, against the story.
    + "".join(
        now + r"(?:主要是|就只是|就是|只是|主要)|"
        for now in ("今天", "现在", "这次", "这回", "而家", "今次")
    )
    + whole_words(
        "today (?:it is|its|is) (?:just|only|about|for)",
        "now (?:it is|its|is) (?:just|only|mainly|mostly)",
        *(f"{verb} today (?:about|for|with|because)" for verb in ("here", "in", "came", "come")),
        "what brings (?:him|her|me|them|us) (?:in )?today",
        "today (?:i am|im|she is|shes|he is|hes) (?:here|in) (?:about|for|with)",
    )
)


# Someone else's red flag already cared for in a hospital, or who died ("邻居家小孩喝农药进医院了",
# "同事昨天心梗走了", "my colleague's son is in hospital after…"), or one from the news: their
# story, not the visitor's emergency. 男朋友, 女朋友 and 小朋友 are no third party (the visitor's
# own); a clause that brings them here ("送来", "here") is today's.
# Someone else: 男朋友, 女朋友 and 小朋友 are the visitor's own.
_OTHERS = (
    "邻居",
    "隔壁",
    # Next door in Cantonese ("隔篱屋", "隔離鄰舍").
    "隔篱",
    "邻舍",
    "同事",
    "工友",
    "老乡",
    "同乡",
    "室友",
    "舍友",
    "朋(?<![男女小]朋)友",
    "同学",
    "亲戚",
    "楼上",
    "楼下",
    "网友",
    "别人家",
    # Someone of the visitor's tour group ("团友", "同团的").
    "团友",
    "同团",
)
# A visitor come to see someone already admitted, asking for the ward or on an errand for them
# ("我来探望住院的爸爸，他中风了，住在几楼", "来给心梗住院的老公送饭", "visiting my mum, she had a
# stroke, which ward"): the patient's illness is cared for on the ward, not an emergency of the
# desk's, unless told as happening now or suddenly.
_VISITING_AN_INPATIENT = searched(
    r"探望|探病|探视|来看住院|看望住院|病房在|病房喺|住(?:在)?几楼|住(?:在)?几号床|几号床|哪个病房|"
    # Or an errand for them: food brought, a night's company, the doctors' round, the papers.
    r"送饭|送东西|陪护|陪床|查房|住院手续|办住院|办理住院|在你们这住院|在你们这里住院|在这住院|"
    # The ward asked for, clothes brought, a deposit paid for one being admitted.
    r"住院部(?:在)?几楼|住院部在哪|转(?:到|去|入|进)(?:了)?(?:普通)?病房|换洗衣服|押金|"
    r"which ward|what ward|visiting (?:my|her|his|our) |visiting hours?\b|to visit (?:my|her|his|our) "
)
# A clause of such a visit that asks something ("出院的时候能直接结算吗") is the visitor's own
# question, not the ward's illness.
_ASKS_IN_CLAUSE = searched(
    # "在急诊留观呢", "躺着呢": 呢 of a state going on asks nothing.
    r"吗|么|(?<![观着])呢|能不能|可不可以|可以|怎么|在哪|哪里|哪儿|几楼|几点|什么时候|多少|"
    r"where|how|when|what|can i|can we|do i|do we|is there"
)
_ADMITTED_TOLD = searched(
    r"住院|住咗院|住在|病房|icu|重症监护|抢救|留观|几楼|几号床|admitted|in hospital|in the hospital|on the ward|ward\b|"
    r"inpatient|intensive care"
)
# Someone else taken in ("送咗去急症", "进了医院"), or an ambulance called for them ("叫了120").
_TAKEN_IN = r"进(?:了)?医院|送(?:了|去|进|到|咗){0,2}(?:医院|急诊|急症)"
_AMBULANCE_CALLED = r"(?:叫|打|call)(?:了|咗)?(?:120|999|911|救护车|白车|急救车)"
# Someone else's event, its care told in the next clause ("团友晕咗，已经送咗去急症"): theirs, as
# `_OTHERS_IN_HOSPITAL` reads one told in a clause (read apart: it spans a clause's end).
_OTHERS_CARED_FOR_NEXT = re.compile(
    "|".join(
        who
        + r"[^|]{0,20}\|(?:已经|已|都|而家|现在)?(?:"
        + _TAKEN_IN
        + "|"
        + _AMBULANCE_CALLED
        + ")"
        for who in _OTHERS
    )
)
# Never woke again: died in their sleep ("睡着就再也没醒来").
_DIED_ASLEEP = re.compile(r"再也(?:没|冇)(?:有)?醒")
_OTHERS_IN_HOSPITAL = re.compile(
    # Each alternative begins with a character, so that the regex engine looks only where one is
    # ("朋(?<![男女小]朋)友" is "(?<![男女小])朋友").
    "|".join(
        [
            *(
                who + r"[^|]{0,20}?(?:" + _TAKEN_IN + "|"
                r"住(?:了|进了?|进)?(?:院|医院)|在医院|进(?:了)?icu|入(?:咗)?院|抢救|"
                # Or an ambulance called for them ("邻居老太太昨晚喘得厉害叫了120"): their
                # emergency, cared for, told before the visitor's own question.
                 + _AMBULANCE_CALLED + "|"
                # Or died: "同事昨天心梗走了" (not "快死了", "要走了"), or was found hanged
                # ("邻居上吊了，我发现的"; not "说要上吊", someone at risk told now).
                r"(?<![快要])走了|去世|过世|离世|(?<![快要])死了|(?<![要想说话讲])上吊(?:了|咗|死|身亡)|吊死|"
                # Or never woke again ("睡着就再也没醒来"): died in their sleep (unless carried
                # in after, `_CARRIED_IN`).
                 + _DIED_ASLEEP.pattern + ")"
                for who in _OTHERS
            ),
            # Or had a stroke or a heart attack on a named earlier day ("隔壁楼老李前几天中风了，我
            # 也高血压…"): theirs, told as news (not one told now: "邻居中风了，快来人").
            *(
                who + r"[^|]{0,12}?(?:前几天|前两天|前天|昨天|上周|上个星期|上个月|去年|前些天)"
                r"[^|]{0,4}?(?:中风|脑梗|心梗|脑出血)了"
                for who in _OTHERS
            ),
            *(
                who + r"[^|]{0,40}?"
                r"\b(?:in (?:the )?hospital|in (?:the )?icu|in intensive care|died|passed away|discharged|"
                r"called (?:an |the )?ambulance|called (?:999|911|120)|hanged (?:himself|herself))\b"
                for who in ("neighbou?r", "friend", "colleague", "coworker", "classmate")
            ),
            # Whoever died of it ("my father died of a stroke at sixty", "我爸死于心梗"): a
            # family's history, never the visitor's event (not "nearly died of").
            r"d(?<=\bd)ied (?:of|from)\b(?<!nearly died of)(?<!almost died of)|"
            r"passed away (?:of|from|with)\b|死于|病逝|病故",
            # Or said as what took them ("家里好几个都是脑溢血走的", "我爸系心梗走嘅").
            *(
                who + r"[^|]{0,10}(?:是|系)(?!自己)[^|]{1,10}走(?:的|嘅)"
                for who in (
                    *("家里", "屋企", "家族", "亲戚", "爸", "妈", "爷", "奶", "外公", "外婆"),
                    *("姥", "叔", "伯", "舅", "姑", "姨", "哥", "姐", "弟", "妹"),
                )
            ),
            # Told from the news: "看新闻说有人喝农药" ("有人说要自杀" is someone at risk, told
            # now).
            r"新闻|报道|网上看到|on the news|in the news|"
            # Or from a drama or a film ("电视剧里有人晕倒了", "a man collapsed on a TV show").
            r"电视剧(?:里|入面|中)|连续剧(?:里|中)|电影(?:里|中)|"
            r"o(?<=\bo)n (?:a |the )?(?:tv|television) (?:show|series|drama)\b|"
            r"i(?<=\bi)n (?:(?:a |the )?(?:tv|television) (?:show|series|drama)|"
            r"(?:a|the) (?:film|movie))\b|"
            r"w(?<=\bw)atched (?:a|the) (?:film|movie|show|drama|programme|program)"
            r" (?:where|in which)\b|"
            r"a(?<=\ba) (?:film|movie|documentary|tv show|show|drama|novel|book) about\b|"
            r"i(?<=\bi)n (?:a|the) (?:video|computer) game\b",
            # A family's history ("家族有中风史", "家里有心脏病遗传史", "strokes run in my family",
            # "a family history of heart attacks"): the relatives' illness, not the visitor's event.
            r"家族(?:里|中|内|里面)?(?:有|的)?[^|]{0,10}?史|家族性|家族遗传|遗传史|"
            r"f(?<=\bf)amily history\b|r(?<=\br)uns? in (?:my|the|our) family\b",
            # Someone else telling of their own family ("邻居说他爸中风了", "同事讲佢老婆晕倒"):
            # their relative's event, not one the visitor brings ("邻居说我爸晕倒了" is).
            *(
                who + r"(?:说|讲|话)(?:他|她|佢)(?:的|嘅|家|屋企)?"
                r"(?:爸|妈|老公|老婆|儿子|女儿|仔|女|爷爷|奶奶|老豆|阿妈|家人|亲戚)"
                for who in _OTHERS
            ),
            # Heard of someone else's: "听说邻居中风了", "I hear my neighbour have stroke".
            *(
                heard + r"[^|]{0,6}(?:" + "|".join((*_OTHERS[:-1], "别人")) + ")"
                for heard in ("听说", "听讲", "听人讲", "听人说")
            ),
            *(
                rf"{heard[0]}(?<=\b{heard[0]}){heard[1:]}\b[^|]{{0,12}}"
                r"\b(?:neighbou?r|friend|colleague|coworker|classmate)"
                for heard in ("hear", "heard", "was told")
            ),
            # First aid the visitor once gave ("前天给晕倒的顾客做过人工呼吸", "帮倒地的老人做过
            # 心肺复苏"): the collapse was the other's, and it is over ("过"); the visitor asks
            # about their own exposure. CPR going on ("在给他做心肺复苏") is not this.
            *(
                who + r"[^|]{0,14}?做过(?:人工呼吸|口对口|心肺复苏|cpr|胸外按压|急救)"
                for who in ("给", "帮", "替")
            ),
        ]
    )
)
# Never woke again, then carried or brought in ("…再也没醒来，刚送过来"): not a death told, someone
# unresponsive here now (`_DIED_ASLEEP` is read with `_OTHERS_IN_HOSPITAL`).
_CARRIED_IN = re.compile(r"送|抬|背|扶")
# (Not the 来 of waking or getting up: "再也没醒来", "没醒过来", "站不起来".)
_BROUGHT_HERE = re.compile(r"(?<![醒起])(?<!醒过)来|嚟|这里|这儿|你们|\bhere\b")
# A stranger the visitor saw fall or fit ("刚才在菜市场看到一个人倒地上抽，吓死我了", "saw a man
# collapse at the bus stop"): the stranger's event, not the visitor's, unless the visitor brought
# them here. It covers the clauses after it until the visitor speaks of themself or says now.
_PERSON = (
    r"(?:人|老人|男人|女人|男的|女的|阿伯|阿婆|伯伯|大爷|大妈|阿姨|老头|老太太|老太|小孩|师傅|工友)"
)
_WITNESSED = searched(
    r"(?:看到|看见|见到|目睹|睇到|睇见|撞见)(?:了|咗)?(?:(?:一|有)?(?:个|位)"
    + _PERSON
    # A crowd or a fight seen ("看到两伙人打架", "看见一群人"): strangers too; or the accident
    # itself ("见到有车祸").
    + r"|有人|别人|路人|陌生人|(?:两|几|一)(?:伙|帮|群|拨)人|有?(?:车祸|交通意外|撞车|人打架))|"
    + whole_words(
        *(
            seen + " (?:(?:a|an|some|this) (?:man|woman|guy|lady|stranger|person|bloke|kid|boy|"
            "girl|old man|old lady)|someone|somebody|(?:two|some|a group of|a gang of|a bunch of) "
            "(?:guys|men|people|lads|blokes))"
            for seen in ("saw", "watched", "seen")
        )
    )
)
_BROUGHT_IN = re.compile(
    r"送(?:了|咗)?(?:他|她|佢)?(?:来|过来|嚟|到这|到你们)|带(?:了|咗)?(?:他|她|佢)?(?:来|过来|嚟)|"
    r"抬(?:来|过来|嚟)|扶(?:来|过来|嚟)|"
    + whole_words(
        "brought (?:him|her|them) (?:in|here)", "he is here", "she is here", "hes here", "shes here"
    )
)
# The visitor speaks of themself: a witnessed stranger's story ends.
_SELF = re.compile(r"我|" + whole_words("i", "im", "my", "me"))
# Someone else named, and the visitor asking whether they will have it too ("邻居家老头中风了，我这头
# 晕手麻会不会也要中风"): the other's red flag is their story, told to ask about the visitor's own.
# Each alternative begins with a character, so that the regex engine looks only where one is.
_SOMEONE_ELSE = re.compile(
    "|".join(_OTHERS)
    + "|"
    + whole_words("neighbou?r", "friend", "colleague", "coworker", "classmate")
)
_ME_TOO = re.compile(
    r"会不会也|也会不会|会唔会都|都会唔会|我也会|我会不会也|我是不是也|我系咪都|我也是不是|我也有可能|"
    # Asking for one's own check after another's event ("吓得我也想查查", "我都想检查下").
    r"我也想(?:查|检查|测|量|看|做|体检)|我都想(?:查|检查|测|量|睇|做|验|体检)|"
    r"我自己也想(?:查|检查|测|量|看)|我也要(?:查|检查|测|量)|"
    # Or for one's own relative's ("楼下阿伯中风前也说头晕，我老公也头晕，想给他查一下", "想带我妈
    # 去检查下"): another's event told to ask for a check of someone of the visitor's own.
    r"想(?:给|带|帮|同|叫)(?:他|她|佢|我[^|]{0,3})(?:也|都)?(?:去)?(?:查|检查|看看|睇下|睇吓|验|体检)|"
    # Or frightened by it into a check of one's own ("邻居中风了，我有点怕，…想来查一查").
    + "".join(
        fear + r"[^\n]{0,24}想(?:来)?(?:查|检查|看看|测|量|验)|"
        for fear in ("我有点怕", "我好怕", "我很怕", "我也怕", "我有啲惊", "我好惊")
    )
    + whole_words(
        *(
            modal + " i (?:get|have|be getting|be having) (?:it|one|the same)"
            for modal in ("could", "will", "would", "might")
        ),
        "am i (?:getting|having|going to (?:get|have)) (?:it|one|the same)",
        "me too",
        *(
            wish + " to (?:get|have) (?:him|her|my (?:husband|wife|partner|dad|mum|mom|father|"
            "mother|son|daughter)) (?:checked|looked at|seen)"
            for wish in ("want", "wanted", "like", "need")
        ),
    )
)
# Whether it is a condition, asked of a complaint ("头疼是不是脑出血啊"): what follows the asking word
# is a question, not a finding, unless it is told as having happened (了, 咗). The symptom said
# before it ("嘴歪是不是中风") is not asked about.
# A check asked for whether one has it ("想查查有没有中毒", "睇下有冇骨折") asks the same.
_CHECKED_WHETHER = (
    "查(?:查|一下|下)有(?:没有|冇|无)|看(?:看|一下|下)有(?:没有|冇|无)|"
    "验(?:验|一下)有(?:没有|冇|无)|睇(?:下|吓|睇)有(?:没有|冇|无)"
)
_WHETHER_IT_IS = re.compile(
    rf"(?:是不是|会不会是|系唔系|系咪|是否|{_CHECKED_WHETHER})(?![^|]*[了咗])[^|]{{1,14}}$"
)
_WHETHER_CUE = re.compile(rf"是不是|会不会是|系唔系|系咪|是否|{_CHECKED_WHETHER}")
# How bad it is, asked of what the visitor has just told ("我爸喘不上气严重吗", "孩子抽搐口吐白沫要
# 紧吗"): what comes before is said; only what follows is asked.
_SEVERITY_ASKED = re.compile(
    r"严重吗|要紧吗|严不严重|要不要紧|紧唔紧要|严唔严重|危险吗|有危险吗|会死吗|有没有事|有冇事|"
    rf"会(?:不|唔)会(?:{_HARM})"
)
# Whether it is an illness, asked after the visitor's own words ("喘不上气是不是心脏病", "透唔到气
# 系咪心脏病"): what follows the asking word is asked, what comes before it is said.
_WHETHER_AN_ILLNESS = re.compile(r"(?:是不是|系咪)(?=[^|]*(?:病|症|中暑))")
# A story of the past told, then today's complaint ("三年前得过乳腺癌，现在脚后跟疼"): the
# history's department yields to today's, unless the complaint says it came back, a test found it
# or today's visit goes on with its care ("又", "复发", "查出", "来开药", "复查").
_GOES_ON = re.compile(
    r"又|再次|复发|再发|查过|查出|检查出|发现有|拎返|检查|"
    + _CARE_GOES_ON
    + r"|again|came back|recurr|refill|prescription|follow up|check up|checkup"
)

# A relative named as the one who has a known illness ("我爸有主动脉夹层", "我妈以前得过心梗", "阿爸
# 一直有高血压", "my dad had Parkinson's"), the clause ending with the illness's name (a name ends
# as one does: 梗, 层, 病, 压, 森…; a symptom told of them, "我妈有胸痛出冷汗", does not), and a
# later clause where the visitor tells a complaint of their own ("我最近胃胀反酸", "I have a
# rash"): the relative's illness is their background, not the visitor's emergency, and its
# department yields to the visitor's complaint (`Story.may_tell_before`).
_RELATIVE_ZH = (
    r"(?:爸爸|妈妈|爸|妈|父亲|母亲|老豆|老母|老公|老婆|爱人|丈夫|妻子|太太|爷爷|奶奶|外公|外婆|姥姥|姥爷|"
    r"公公|婆婆|阿公|阿婆|阿嫲|阿嬷|嫲嫲|岳父|岳母|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|家姐|细佬|儿子|"
    r"女儿|叔叔|阿姨|舅舅|姑姑|伯伯|家人|家里人|老人家)"
)
_RELATIVE_EN = (
    r"(?:dad|father|mum|mom|mother|mam|husband|wife|partner|brother|sister|son|daughter|grandad|"
    r"grandpa|grandfather|grandma|granny|grandmother|nan|uncle|aunt|auntie|cousin|parents?)"
)
_RELATIVES_ILLNESS = searched(
    r"(?:^|\|)(?:我|俺|我的|我家|我们家|阿)?"
    + _RELATIVE_ZH
    + r"(?:以前|之前|原来|本身|本来|一直|早年|也|都|就)*(?:有|患有|患过|得过|有过|确诊了?|确诊过)"
    r"[^|0-9]{1,10}?(?:梗|梗死|梗塞|中风|卒中|夹层|痫|症|病|压|脂|糖|炎|疡|瘤|癌|石|喘|核|颤|森|衰|衰竭|"
    r"栓|栓塞|瘫|不遂|硬化|障碍|默|疮|逊)(?:病史|史)?"
    r"(?:好多年|很多年|好几年|多年|十几年|[0-9一二两三四五六七八九十]+年)?"
    r"(?:了|啦)?(?=\||$)|"
    r"(?:^|\|)(?:my|our) "
    + _RELATIVE_EN
    + r" (?:has|had|has had|was diagnosed with|got diagnosed with|suffers from|suffered from|"
    r"lives with|is living with) (?:(?!\b(?:and|but|now|today|tonight|suddenly|this|just|minutes?|"
    r"hours?|an hour|"
    r"pain|ache|hurts?|bleed\w*|blood|breath\w*|fever|vomit\w*|sick|faint\w*|fits?|collaps\w*|numb|"
    r"weak\w*|swell\w*|cough\w*|dizz\w*|confus\w*|unconscious|seizures?|fell|fall\w*)\b)[^|]){2,40}"
    r"(?=\||$)"
)
# A family's history asked about ("像我这种有家族史的该查点啥", "does it run in the family"): the
# clauses that begin with a relative and say no now ("我爸五十岁就心梗放了两个支架") tell that
# history, not the visitor's event.
_FAMILY_HISTORY_ASKED = re.compile(
    r"家族史|家族病史|家族遗传|遗传|"
    + whole_words("family history", "runs? in (?:my|the|our) family", "hereditary", "genetic")
)
_RELATIVE_FIRST = searched(
    r"(?:^|\|)(?:我|俺|我的|我家|我们家|阿)?"
    + _RELATIVE_ZH
    + r"|(?:^|\|)(?:my|our) "
    + _RELATIVE_EN
    + r"\b"
)
# The visitor's own complaint, in a later clause: 我 (or "I") and not a relative, not what the
# visitor saw, asked or felt for them ("我发现他", "我想问", "我很担心").
_OWN_COMPLAINT = re.compile(
    # (The time words taken whole, never given back: "我最近发现她…" is what the visitor saw.)
    r"(?:我|俺)(?:自己|本人|也|最近|近来|这几天|这两天|今天|现在|而家|平时|一直)*+"
    r"(?!爸|妈|老(?:公|婆|豆|母|爸|妈|人|伴|窦)|家|们|哥|姐|弟|妹|儿|女|孙|外|奶|爷|婆|公|叔|姨|舅|"
    r"姑|伯|亲|"
    r"阿|的(?:爸|妈|老|家)|想|要|该|应该|能|可以|需要|不知道|问|咨询|发现|看|睇|带|陪|送|扶|"
    r"(?:很|好|非常|特别|十分|真的)?(?:担心|着急|害怕|怕|急|紧张)|在|一个人|有个问题|有问题|"
    r"觉得(?:他|她|佢))"
    r"[^|]|"
    # "I have a rash", "I've got reflux", "I'm having cramps" (not "I have to…", "I am with him").
    + whole_words(
        "i (?:have|ve|ve got|ve had|have got|have had)"
        " (?!to\\b|him\\b|her\\b|them\\b|no idea\\b|a question\\b|been with\\b)",
        "i (?:feel|get|got|keep|started|noticed|woke up with|am having|m having|am getting|m getting)",
        "ive (?!to\\b|been with\\b|no idea\\b)",
        "im (?:having|getting|feeling|suffering|coughing|itchy|sore|in pain)",
    )
)
# A condition named as had ("我有失语症", "我妈妈有脑梗", "阿爸有脑梗", "孩子有热性惊厥") when the
# complaint asks which department, a follow-up or medicine ("想问挂什么科", "想复查一下", "睇咩科",
# "which clinic"): a diagnosis, not an event now ("我爸脑梗了，挂什么科" has no 有 and stays one).
_HAS_NAMED = re.compile(
    r"(?<![没冇])(?:有|患有|有过)(?P<name>脑梗死|脑梗塞|脑梗|心梗|心肌梗死|心肌梗塞|脑中风|中风|卒中|"
    r"脑出血|脑溢血|主动脉夹层|夹层|热性惊厥|高热惊厥|高烧惊厥|癫痫|失语症|半身不遂|偏瘫|肺栓塞|"
    r"心衰|心力衰竭)(?:后遗症|病史|史)?(?:[^|了咗]{0,6})?(?=\||$)|"
    r"\b(?:have|has|with) (?P<name_en>aphasia|hemiplegia|febrile (?:seizures|convulsions|fits)|"
    r"epilepsy|an? (?:aortic )?dissection)\b(?=[^|]{0,20}(?:\||$))"
)
_DESK_ASKED = searched(
    r"(?:挂|看|睇|去|找)(?:什么|甚么|哪个|哪一个|哪一|哪|啥|咩|边个|边|乜)(?:科|个科|门诊|医生)|"
    r"(?:什么|哪个|哪一|咩|边个|乜)科|复查|复诊|覆诊|覆查|回诊|随访|开(?:点|些|啲)?药|拿药|配药|取药|攞药|"
    + whole_words(
        "follow ?up",
        "which (?:department|clinic|doctor|specialist)",
        "what (?:department|clinic|doctor|specialist)",
        "repeat prescription",
        "refill",
        "check ?up",
    )
)


# The expressions `Story._read_story` searches over the whole complaint, not clause by clause:
# each matches no clause separator and no string anchor, and matches at least one character, so
# a clause holds a match of the whole complaint exactly when the clause alone holds one (a
# look-around or `\b` at a clause's edge sees the separator as it would see the clause's end).
_READ_OVER_THE_STORY = (
    _NOW,
    _STORY_PAST_CUE,
    _STORY_PAST,
    _RECENT,
    _HABIT,
    _SUDDEN,
    _HABITUAL_ASPECT,
    _OTHERS_IN_HOSPITAL,
    _LONG_STORY,
    _MONTHS_OR_YEARS,
    _CONDITION_FOR_YEARS,
)


# A clause that tells only when the one before it happened: "I coughed up blood once, but that
# was two years ago", "had a stroke, that's years ago", "had a seizure but years ago", "…but
# nothing since", "我咳过血，那是两年前的事了", "晕倒了但是好几年前了": the clause before is history
# too. (Its own time is read as any clause's.) Without "that" the clause is the time alone: "but
# last week I had the same pain", "但是去年做过支架" start statements of their own, and nothing
# before them is set back.
_TIME_OF_THE_CLAUSE_BEFORE = re.compile(
    r"(?:(?:but|though|although|however) )?(?:(?P<that>(?:that|it|this)(?: all)? (?:was|is|happened)"
    r"|thats|its) |(?=[a-z]))|"
    r"(?:但是|可是|不过|但)?(?P<that_zh>那(?:都|已经|也)?(?:是|系))|(?:但是|可是|不过|但)(?=[^|])"
)
# How far after "that was" the time is told ("that was more than ten years ago").
_TIME_BEFORE_REACH = 16
# The time alone: only how long ago before it ("but about five years ago"; not "since last week",
# a time that goes on to now), only "的事了" after it ("但是好几年前的事了").
_HOW_LONG_BEFORE = re.compile(
    r"(?:(?:about|around|like|over|more than|nearly|almost|at least) )?"
    r"(?:(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|"
    r"several|many|some) )?|好|都|已经"
)
_TIME_ALONE_ZH = re.compile(r"(?:的事情?|的时候)?(?:了|啦|咯|喇)?")


def _tells_time_before(clause: str) -> bool:
    """Return whether the clause tells the past time of the clause before it."""
    found = _TIME_OF_THE_CLAUSE_BEFORE.match(clause)
    if found is None:
        return False
    if clause.isascii():
        told = _PAST_AFTER.search(clause, found.end())
        that = found.group("that")
        alone = told is not None and not clause[told.end() :].strip()
    else:
        told = _STORY_PAST.search(clause, found.end())
        that = found.group("that_zh")
        alone = told is not None and bool(_TIME_ALONE_ZH.fullmatch(clause, told.end()))
    if told is None:
        return False
    if that:
        return told.start() <= found.end() + _TIME_BEFORE_REACH
    return alone and bool(_HOW_LONG_BEFORE.fullmatch(clause, found.end(), told.start()))


def _witnessed_clauses(text: str, now_in: set[int]) -> frozenset[int]:
    """Return where the clauses that tell a witnessed stranger's event begin: the clause that says
    it, and the next ones until one says now or the visitor speaks of themself."""
    starts = _clauses_with(_WITNESSED, text)
    clauses: set[int] = set()
    witnessed = False
    position = 0
    for clause in text.split(CLAUSE):
        if position in starts:
            witnessed = True
        elif position in now_in or _SELF.search(clause):
            witnessed = False
        if witnessed:
            clauses.add(position)
        position += len(clause) + 1
    return frozenset(clauses)


def _clauses_with(expression: re.Pattern[str], text: str) -> set[int]:
    """Return where each clause of `text` that holds a match of `expression` begins."""
    return {text.rfind(CLAUSE, 0, match.start()) + 1 for match in expression.finditer(text)}


class Story:
    """The clauses of one complaint with the time each is told in."""

    def __init__(self, text: str, *, turns: bool = True) -> None:
        self.text = text
        # Read with each turn ("… but …") as the end of a clause (`with_turns`); the same length
        # as `text`, so that a mention's place is the same in both.
        self._text = with_turns(text) if turns else text
        # The story read without turns, for a phrase found across one (`_across`).
        self._whole: Story | None = None
        self._clauses: dict[int, tuple[bool, bool, bool]] = {}
        self._mentions: dict[tuple[int, int], Mention] = {}
        self._negations: dict[int, bool] = {}  # by where a mention starts (the words before)
        self._negated: dict[tuple[int, int], bool] = {}  # by mention
        self._clause_past: dict[int, bool] | None = None  # read when a mention needs it
        self._clause_habit: dict[int, bool] = {}
        # The clauses that say now, and those that say a habit (read with the story).
        self._clause_now: set[int] = set()
        self._clause_habit_said: set[int] = set()
        # Clauses told after the story turned to today ("…好多年了。结果今天早上…"): a long
        # story before them does not make them a habit.
        self._clause_today: dict[int, bool] = {}
        self._turns: dict[int, int | None] = {}  # clause start -> where it turns to now
        self.long = False
        self.treatment_question = False
        self.sent_over_now = False
        # Whether it tells attacks that recur, with a 刚 (`_RECURRING`; read with the story).
        self._recurring = False
        # Readings said fine in a list ("血压血糖都正常"): read after a mention only then.
        self._lists_fine = any(
            fine in text for fine in ("正常", "没问题", "冇问题", "没事", "冇事")
        )
        # The words `_SETTLED` reads as settled in this complaint (read when a mention needs it).
        self._settling: tuple[tuple[str, ...], ...] | None = None
        # Whether it says 梦, a general claim, an English word of reading or dreaming (read once).
        self._read_or_dreamt_cues: tuple[bool, bool, bool] | None = None
        self._likens_others_cue: bool | None = None
        # The clauses that tell a stranger's event the visitor saw (`_WITNESSED`).
        self._witnessed: frozenset[int] = frozenset()
        # The clauses that tell someone else's event already cared for, or their death
        # (`_OTHERS_IN_HOSPITAL`): theirs at any time they name ("邻居昨晚喘得厉害叫了120").
        self._clause_others: set[int] = set()
        # Whether a blow to the head is told with what settles it (read when a blow needs it).
        self._blow_settled: bool | None = None
        # The clauses told of an earlier day (`_DAYS_BEFORE`), by where each begins.
        self._earlier_day: dict[int, bool] = {}
        # Whether the complaint says what a belief turned out to be (read once, when needed).
        self._turned_out: bool | None = None
        # The clauses that name a relative's known illness before the visitor's own complaint,
        # and whether the complaint asks which department or a follow-up (read once, when needed).
        self._relatives_ill: frozenset[int] | None = None
        self._desk_asked: bool | None = None

    def _read_story(self) -> dict[int, bool]:
        """Read the time each clause is told in (once, when a red flag needs it)."""
        text = self._text
        # The clauses that say each kind of word, each expression searched once over the whole
        # complaint (a few matches) instead of once per clause (about 37 clauses in 500
        # characters): none of them matches across a clause's end (`_READ_OVER_THE_STORY`).
        now_in = _clauses_with(_NOW, text)
        self._recurring = bool(now_in and "刚" in text and _RECURRING.search(text))
        if self._recurring:
            # A bare 刚 in a complaint of recurring attacks says no now (`_RECURRING`).
            now_in = {
                start
                for start in now_in
                if _NOW.search(_BARE_JUST.sub("", text[start : _bounds(text, start, start)[1]]))
            }
        # (`_STORY_PAST` tries every place: it is searched only in the clauses with a cue.)
        past_in = {
            start
            for start in _clauses_with(_STORY_PAST_CUE, text)
            if _STORY_PAST.search(text, start, _bounds(text, start, start)[1])
        }
        recent_in = _clauses_with(_RECENT, text)
        habit_in = _clauses_with(_HABIT, text)
        sudden_in = _clauses_with(_SUDDEN, text)
        aspect_in = _clauses_with(_HABITUAL_ASPECT, text)
        others_in = _clauses_with(_OTHERS_IN_HOSPITAL, text) | _clauses_with(
            _OTHERS_CARED_FOR_NEXT, text
        )
        visiting = bool(_VISITING_AN_INPATIENT.search(text) and _ADMITTED_TOLD.search(text))
        # Another's event told to ask about the visitor's own: theirs even when they were brought
        # here ("邻居昨天中风送进来了，吓得我也想查查").
        others_asked: set[int] = set()
        if _ME_TOO.search(text):
            others_asked = _clauses_with(_SOMEONE_ELSE, text) - _clauses_with(_ME_TOO, text)
        relatives_ill = self._relatives_illness()
        long_in = _clauses_with(_LONG_STORY, text) | _months_told(text)
        background_in = _clauses_with(_CONDITION_FOR_YEARS, text) if long_in else set()
        self.long = bool(long_in - background_in) and not (
            _WISH_TO_DIE.search(text) and _PLAN_MADE_READY.search(text)
        )
        # A finding made elsewhere that sent the visitor over now tells no known illness.
        self.sent_over_now = bool(_SENT_OVER_NOW.search(text)) and not _ROUTINE_ERRAND.search(text)
        self.treatment_question = bool(_TREATMENT_ASKED.search(text)) or (
            not self.sent_over_now
            and any(
                text.rfind(CLAUSE, 0, told.start()) + 1 not in past_in | long_in
                for told in _DIAGNOSIS_TOLD.finditer(text)
            )
        )
        clause_past: dict[int, bool] = {}
        past = habit = today = past_time_before = background = False
        position = previous = 0
        now_said = self._clause_now
        for clause in text.split(CLAUSE):
            if position in now_in or (clause[:1] == "n" and _NOW_FIRST.match(clause)):
                now_said.add(position)
                past = habit = False
                today = True
            elif position in past_in:
                past = True
                today = False
                background = bool(_PAST_BACKGROUND.search(clause))
            elif (past or past_time_before) and _PRESENT_STATE.search(clause):
                # A present state told after the past is today's: the past time scoped its own
                # clause ("上周做完化疗，一直发烧": the fever is now, the chemotherapy's red flag too).
                now_said.add(position)
                past = habit = False
                today = True
            elif position in recent_in:
                past = False
            elif position in sudden_in and position not in long_in:
                # What started suddenly is today's story, and so are the clauses after it that
                # tell no time of their own, a long story beside it or not ("突然像刀割一样疼，整个
                # 肚子硬邦邦的，他有胃溃疡好多年"); a sudden turn told as long is not ("这几年经常突然头晕").
                # It ends a past that told only a known illness ("我爸以前有高血压，突然说不出话",
                # `_PAST_BACKGROUND`): a sudden turn with no time of its own is today's; an
                # episode of the past goes on ("去年有一次，突然晕倒了").
                today = True
                if background:
                    past = False
            # A habit told once covers the clauses after it ("有的时候会抖，…口吐白沫"),
            # until something happens suddenly or now.
            if position in habit_in:
                self._clause_habit_said.add(position)
                habit = True
            elif position in sudden_in or position not in aspect_in:
                habit = False
            others = bool(
                position in others_in
                and not _BROUGHT_HERE.search(clause)
                and not (
                    _DIED_ASLEEP.search(clause) and _CARRIED_IN.search(text, position + len(clause))
                )
            ) or (
                visiting
                and position not in now_in
                # A sudden turn is the visitor's own, unless someone else had it on an earlier
                # day ("我邻居昨天晚上突然倒了，120送你们这儿抢救的，…哪个病房").
                and (
                    position not in sudden_in
                    or bool(_EARLIER_DAY.search(clause) and _SOMEONE_ELSE.search(clause))
                )
                and not _ASKS_IN_CLAUSE.search(clause)
            )
            if others:
                self._clause_others.add(position)
            clause_past[position] = (
                past or position in others_asked or position in relatives_ill or others
            )
            self._clause_habit[position] = habit or position in background_in
            self._clause_today[position] = today and position not in long_in
            if position and position not in now_said and _tells_time_before(clause):
                # "coughed up blood once, but that was two years ago": the clause before too.
                clause_past[previous] = True
            if past and _LETTER.search(clause) and _TURN_TO_NOW.search(clause):
                past = False
            # A time of the past read at a mention, not carried ("上周做完化疗", "days ago"):
            # a present state in the next clause is today's too.
            past_time_before = bool(
                ("上" in clause or "前" in clause or "ago" in clause) and _PAST_TIME.search(clause)
            )
            previous = position
            position += len(clause) + 1
        if (_RESOLVED.search(text) or _FINE_SINCE.search(text)) and not (
            _COUNTED_PILLS.search(text) and _PILL_WORD.search(text)
        ):
            position = 0
            for clause in text.split(CLAUSE):
                if _RESOLVED.search(clause) or _FINE_SINCE.search(clause):
                    break
                # (Last night is now, told on its own; over by now, it is an earlier day's.)
                if _EARLIER_DAY.search(clause) and (
                    position not in now_said
                    or all(now.group() == "昨晚" for now in _NOW.finditer(clause))
                ):
                    clause_past[position] = True
                    now_said.discard(position)
                position += len(clause) + 1
        if _WITNESSED.search(text) and not _BROUGHT_IN.search(text):
            self._witnessed = _witnessed_clauses(text, now_in)
        self._clause_past = clause_past
        return clause_past

    def _relatives_illness(self) -> frozenset[int]:
        """Return where the clauses that name a relative's known illness begin, when a later
        clause tells the visitor's own complaint (`_RELATIVES_ILLNESS`), and those that tell a
        relative's illness in a complaint asking about a family's history
        (`_FAMILY_HISTORY_ASKED`; read once)."""
        found = self._relatives_ill
        if found is None:
            text = self._text
            starts = set()
            for match in _RELATIVES_ILLNESS.finditer(text):
                start = match.start() + (text[match.start()] == CLAUSE)
                end = text.find(CLAUSE, start)
                if end >= 0 and _OWN_COMPLAINT.search(text, end + 1):
                    starts.add(start)
            if _FAMILY_HISTORY_ASKED.search(text):
                for match in _RELATIVE_FIRST.finditer(text):
                    start = match.start() + (text[match.start()] == CLAUSE)
                    end = text.find(CLAUSE, start)
                    clause = text[start : len(text) if end < 0 else end]
                    if not (says_now(clause) or _SUDDEN.search(clause) or _JUST_NOW.search(clause)):
                        starts.add(start)
            found = self._relatives_ill = frozenset(starts)
        return found

    def goes_on_with_its_care(self) -> bool:
        """Return whether the visit goes on with a known illness's care ("来开药", "复查", "needs
        his regular pills refilled"): the illness told as history still names its clinic."""
        return bool(_GOES_ON.search(self._text))

    def may_tell_before(self) -> bool:
        """Return whether the complaint tells a story of the past and then why the visitor came
        today ("去年心梗放过支架，今天是来看牙的"): only then is a department's word read for its
        time. (A history told as the reason of today's visit, "以前查过有肾结石", is not set apart.)
        A story of the past followed by a clause of today ("三年前得过乳腺癌，现在脚后跟疼") is
        read so too, unless it came back, a test found it or today goes on with its care
        (`_GOES_ON`)."""
        text = self._text
        if self._relatives_illness():
            # A relative's illness told before the visitor's own complaint: its words are theirs.
            if self._clause_past is None:
                self._read_story()
            return True
        if not _STORY_PAST_CUE.search(text):
            return False
        visit = _VISIT_TODAY.search(text)
        if visit:
            # Today's reason that is the story's own care ("这回就是来开点药复查一下") sets
            # nothing apart.
            end = text.find(CLAUSE, visit.end())
            return not _GOES_ON.search(text, visit.start(), len(text) if end < 0 else end)
        if _GOES_ON.search(text) or not (
            _NOW.search(text) or _RECENT.search(text) or "now" in text or _OVER.search(text)
        ):
            return False
        clause_past = self._clause_past
        if clause_past is None:
            clause_past = self._read_story()
        told_past = False
        position = 0
        for clause in text.split(CLAUSE):
            # (A clause that says the story over is today's, the past carried to it or not.)
            if clause_past.get(position, False) and not (told_past and _OVER.search(clause)):
                told_past = True
            elif told_past and (says_now(clause) or _RECENT.search(clause) or _OVER.search(clause)):
                # Today: a word of now, a clause that begins with "now" ("now fine, need a
                # medical"), or the story said over ("all better now", "早就好了").
                return True
            position += len(clause) + 1
        return False

    def heard_only(self, word: str) -> bool:
        """Return whether every mention of `word` is what a screen said as a general claim, or
        what was dreamt ("看电视说胸口疼可能是心梗": the chest pain and the heart attack are the
        television's)."""
        text = self._text
        start = text.find(word)
        if start < 0:
            return False
        while start >= 0:
            clause_start, clause_end = _bounds(text, start, start + len(word))
            if not self._read_or_dreamt(clause_start, clause_end, start):
                return False
            start = text.find(word, start + 1)
        return True

    def tells_hearsay(self) -> bool:
        """Return whether the complaint may tell a screen's general claim or a dream (its cues)."""
        return any(self._hearsay_cues())

    def _hearsay_cues(self) -> tuple[bool, bool, bool]:
        """Return whether the complaint holds a dream's, a screen's general claim's and an
        English reading's or dream's cue (read once per complaint: most hold none of them)."""
        cues = self._read_or_dreamt_cues
        if cues is None:
            text = self._text
            cues = self._read_or_dreamt_cues = (
                "梦" in text,
                bool(_HEARSAY_ANYWHERE.search(text) and _GENERAL_CLAIM.search(text)),
                any(word in text for word in _READ_OR_DREAMT_EN_CUES),
            )
        return cues

    def told_before(self, word: str) -> bool:
        """Return whether every mention of `word` is told in the past and none now ("去年心梗放
        过支架，今天是来看牙的": the heart attack is last year's); a mention denied is not now
        ("不是我发烧。我孙子上个月发烧住院": the grandson's, last month's)."""
        text = self._text
        start = text.find(word)
        if start < 0:
            return False
        while start >= 0:
            said = self.mention(start, start + len(word))
            if not (said.past or said.negated):
                return False
            start = text.find(word, start + 1)
        return True

    def negated(self, start: int, end: int) -> bool:
        """Return whether a negation cancels the mention text[start:end] (read once: the matching
        asks, and the mention's context asks again)."""
        key = (start, end)
        said = self._negated.get(key)
        if said is None:
            across = self._across(start, end)
            said = self._negated[key] = (
                across.negated(start, end) if across else self._read_negated(start, end)
            )
        return said

    def _read_negated(self, start: int, end: int) -> bool:
        known = self._negations.get(start)
        if known is None:
            known = self._negations[start] = negated(self._text, start)
        text = self._text
        if not known and end - start == 1 and not text.endswith(_UNAWARES, 0, start):
            # One character ending a word the negation covers: "晕" of "没有头晕", "汗" of
            # "没有出汗" (not "划" of "不小心划了": by accident, no denial).
            known = any(
                before >= 0
                and CLAUSE not in text[before:start]
                and _CJK.fullmatch(text[before:start])
                and negated(text, before)
                for before in (start - 1, start - 2)
            )
        return (
            known
            or said_fine(self._text, end)
            or (self._lists_fine and bool(_LIST_FINE_AFTER.match(self._text, end)))
            # (`_settled` is called only until it has found the complaint settles nothing.)
            or (self._settling != () and self._settled(start, end))
        )

    def mention(self, start: int, end: int) -> Mention:
        """Return the context of the mention text[start:end]."""
        key = (start, end)
        found = self._mentions.get(key)
        if found is None:
            across = self._across(start, end)
            found = self._mentions[key] = (
                across.mention(start, end) if across else self._read(start, end)
            )
        return found

    def _across(self, start: int, end: int) -> "Story | None":
        """Return the story read without turns when the mention text[start:end] spans one.

        A `*` phrase may be found across a turn ("cough 2 month but little blood in it
        sometimes"): read in the clause the turn divides, as written, its words are one
        statement (the habit after the turn is the blood's too), not two halves read apart.
        """
        if self._text is self.text or CLAUSE not in self._text[start:end]:
            return None
        if CLAUSE in self.text[start:end]:
            return None
        whole = self._whole
        if whole is None:
            whole = self._whole = Story(self.text, turns=False)
        return whole

    def _turn_to_now(self, clause_start: int, clause_end: int) -> int | None:
        """Return where the clause turns to now ("… and now …"), if it does (read once)."""
        turn = self._turns.get(clause_start, -1)
        if turn == -1:
            match = _TURN_TO_NOW.search(self._text, clause_start, clause_end)
            turn = self._turns[clause_start] = match.start() if match else None
        return turn

    def _clause(self, clause_start: int, clause_end: int, whole: bool) -> tuple[bool, bool, bool]:
        """Return (now, habit, hypothetical) of a clause, read once per complaint.

        A whole clause's now and habit words were read with the story (`_read_story`).
        """
        flags = self._clauses.get(clause_start)
        if flags is None:
            clause = self._text[clause_start:clause_end]
            if whole:
                now = clause_start in self._clause_now
                habit_said = clause_start in self._clause_habit_said
            else:
                now = says_now(clause)
                habit_said = bool(_HABIT.search(clause))
            if now and habit_said and _NOW_A_PERIOD.search(clause):
                # "现在偶尔还会头晕", "而家间中都会晕": now as the present period, with how often
                # it comes, is a habit (unless another word of now says a moment, "现在又…").
                now = bool(_OCCASIONALLY.search(clause) is None) or says_now(
                    _NOW_A_PERIOD.sub("", clause)
                )
            habit = not now and (
                habit_said
                or self._clause_habit.get(clause_start, False)
                or (self.long and not self._clause_today.get(clause_start, False))
            )
            # Asked about what just happened ("刚吃了一整瓶安眠药严重吗") is not hypothetical;
            # "现在…会不会…" still is.
            hypothetical = bool(_WHAT_IF.search(clause)) or (
                not (
                    _JUST_NOW.search(_BARE_JUST.sub("", clause) if self._recurring else clause)
                    or _TAKEN_AN_AMOUNT.search(clause)
                )
                and (_asks_hypothetically(clause) or (self.treatment_question and not now))
            )
            flags = self._clauses[clause_start] = (now, habit, hypothetical)
        return flags

    def _asked_whether(self, clause_start: int, clause_end: int, end: int) -> bool:
        """Return whether the mention ending at `end` is asked about ("是不是脑出血啊"): an asking
        word before its end, in its clause, and the clause not told as having happened."""
        text = self._text
        cue = _WHETHER_CUE.search(text, clause_start, end)
        if cue is None:
            return False
        return bool(_WHETHER_IT_IS.match(text[cue.start() : clause_end]))

    def _read_or_dreamt(self, clause_start: int, clause_end: int, start: int) -> bool:
        """Return whether the mention at `start` is what a screen said as a general claim, or
        what was dreamt ("电视上说胳膊疼是心梗前兆", "梦到心脏病发作", "I read online that…")."""
        text = self._text
        dream, claim, english = self._hearsay_cues()
        return bool(
            (dream and _DREAMT_BEFORE.search(text, clause_start, start))
            or (
                claim
                and _GENERAL_CLAIM.search(text, clause_start, clause_end)
                and _HEARSAY_BEFORE.search(text, clause_start, start)
            )
            or (english and _READ_OR_DREAMT_EN.search(text, clause_start, start))
            or (
                english
                and _READ_A_EN.search(text, clause_start, start)
                and _CLAIM_EN.search(text, clause_start, clause_end)
            )
            or self._others_own_likened(clause_start, clause_end, start)
        )

    def _likens_others(self) -> bool:
        """Return whether the complaint may liken someone else's illness to the visitor's (its
        cues, read once: most hold none)."""
        cue = self._likens_others_cue
        if cue is None:
            text = self._text
            cue = self._likens_others_cue = "说" in text and bool(
                _ONLY_MINE_AFTER.search(text) or _LIKE_THEIRS_AFTER.search(text)
            )
        return cue

    def _others_own_likened(self, clause_start: int, clause_end: int, start: int) -> bool:
        """Return whether the mention at `start` is someone else's own illness, likened to the
        visitor's lesser complaint told after it (`_OTHERS_OWN_BEFORE`), or asked after whether
        the visitor's will go the same way (`_LIKE_THEIRS_AFTER`)."""
        text = self._text
        return bool(
            self._likens_others()
            and _OTHERS_OWN_BEFORE.search(text, clause_start, start)
            and (
                (
                    _LIKENED.search(text, clause_start, clause_end)
                    and _ONLY_MINE_AFTER.search(text, clause_end)
                )
                or _LIKE_THEIRS_AFTER.search(text, clause_end)
            )
        )

    def _topic(self, start: int, end: int) -> bool:
        """Return whether the mention text[start:end] is what a film, a book or the news is about
        (`_TOPIC_AFTER`, `_TOPIC_MEDIA_BEFORE_EN`), what a document asked for is of
        (`_DOCUMENT_AFTER`, `_DOCUMENT_OF_BEFORE_EN`), or what an appointment, a clinic or a
        medicine is for (`_SERVICE_FOR_AFTER_EN`)."""
        text = self._text
        before = text[max(0, start - 24) : start]
        return bool(
            (_TOPIC_BEFORE.search(before) and _TOPIC_AFTER.match(text, end))
            or _TOPIC_MEDIA_BEFORE_EN.search(before)
            or _DOCUMENT_AFTER.match(text, end)
            or _DOCUMENT_OF_BEFORE_EN.search(before)
            or bool(
                _SERVICE_FOR_AFTER_EN.match(text, end) and _SERVICE_FOR_BEFORE_EN.search(before)
            )
        )

    def _believed_otherwise(self, clause_start: int, clause_end: int, start: int) -> bool:
        """Return whether the mention at `start` is what the visitor believed it was, and a later
        clause says it turned out to be something else (`_BELIEVED_BEFORE`)."""
        text = self._text
        if self._turned_out is None:  # read once: most complaints hold no belief
            self._turned_out = bool(_BELIEF_CUE.search(text)) and bool(
                _TURNED_OUT_AFTER.search(text)
            )
        return bool(
            self._turned_out
            and _BELIEVED_BEFORE.search(text, clause_start, start)
            and _TURNED_OUT_AFTER.search(text, clause_end)
        )

    def _settled(self, start: int, end: int) -> bool:
        """Return whether the mention text[start:end] holds or lies in a word `_SETTLED` reads
        with what settles it ("poisoning" of "food poisoning", "五分钟一次" holding "分钟一次")."""
        text = self._text
        if self._settling is None:  # read once per complaint: most say nothing that settles
            self._settling = (
                tuple(
                    words
                    for words, settles in _SETTLED
                    if any(word in text for word in words) and settles.search(text)
                )
                if _SETTLED_WORD.search(text)
                else ()
            )
        for words in self._settling:
            for word in words:
                found = text.find(word, max(0, start - len(word) + 1), end + len(word) - 1)
                if 0 <= found < end:
                    return True
        return False

    def _blow_told_mild(self, clause_start: int, clause_end: int, start: int, end: int) -> bool:
        """Return whether the mention text[start:end] is a blow to the head that the complaint
        settles (`_NO_LOSS_OF_CONSCIOUSNESS`, `_NO_VOMITING`): no vehicle, nothing worse."""
        text = self._text
        if self._blow_settled is None:  # read once: most complaints settle no blow
            self._blow_settled = bool(
                _NO_LOSS_OF_CONSCIOUSNESS.search(text)
                and _NO_VOMITING.search(text)
                and not _WORSE_AFTER_A_BLOW.search(text)
            )
        return (
            self._blow_settled
            and bool(_BLOW_WORD.search(text, start, end))
            and bool(_HEAD_WORD.search(text, clause_start, clause_end))
            and not _VEHICLE.search(text, clause_start, clause_end)
        )

    def _checked_after(self, clause_start: int, clause_end: int, end: int) -> bool:
        """Return whether the mention ending at `end`, in a clause of an earlier day, is told as
        checked and named after it (`_CHECKED_AFTER`)."""
        text = self._text
        earlier_day = self._earlier_day.get(clause_start)
        if earlier_day is None:  # read once per clause
            earlier_day = self._earlier_day[clause_start] = bool(
                _DAYS_BEFORE.search(text, clause_start, clause_end)
            )
        return earlier_day and bool(
            _CHECKED_AFTER.search(text, end, min(len(text), end + _CHECKED_REACH))
        )

    def _named_for_a_desk(self, clause_start: int, clause_end: int, start: int, end: int) -> bool:
        """Return whether the mention text[start:end] lies in a condition named as had ("我有失语
        症", "我妈妈有脑梗") in a complaint that asks which department or a follow-up
        (`_HAS_NAMED`, `_DESK_ASKED`)."""
        text = self._text
        if self._desk_asked is None:  # read once: most complaints ask neither
            self._desk_asked = bool(_DESK_ASKED.search(text))
        if not self._desk_asked:
            return False
        for match in _HAS_NAMED.finditer(text, clause_start, clause_end):
            name = "name" if match.group("name") else "name_en"
            if match.start(name) <= start and end <= match.end(name):
                return True
        return False

    def _read(self, start: int, end: int) -> Mention:
        clause_past = self._clause_past
        if clause_past is None:
            clause_past = self._read_story()
        text = self._text
        clause_start, clause_end = _bounds(text, start, end)
        turn = self._turn_to_now(clause_start, clause_end)
        whole = turn is None or turn == clause_start
        if turn is not None:
            if start >= turn:
                clause_start = turn  # told now: the turn's own clause
            else:
                clause_end = turn
        now, habit, hypothetical = self._clause(clause_start, clause_end, whole)
        if not now and turn is not None and start >= turn and _GOES_ON_NOW.match(text, turn):
            now = True
        if not hypothetical and (
            _WHETHER_AN_ILLNESS.search(text, clause_start, start)
            or _SEVERITY_ASKED.search(text, clause_start, start)
        ):
            hypothetical = True
        if not hypothetical and not now:
            hypothetical = self._asked_whether(clause_start, clause_end, end)
        before = text[max(clause_start, start - 14) : start]
        # A time told right after the mention is its own across a turn as within a clause ("had
        # a seizure but that was years ago", "a big bleed but that was with my first baby"):
        # read to the end of the clause as written.
        told_end = clause_end
        if (
            self._text is not self.text
            and clause_end < len(text)
            and (turn is None or start >= turn)
        ):
            told_end = _bounds(self.text, end, end)[1]
        earlier_birth = bool(
            _EARLIER_BIRTH_BEFORE.search(text, max(clause_start, start - 14), start)
            or _EARLIER_BIRTH_AFTER.match(self.text, end, told_end)
        )
        long_ago = bool(
            _LONG_AGO_BEFORE.search(before)
            or ("年" in before and _PAST_YEAR_BEFORE.search(before))
            or _LONG_AGO_AFTER.match(self.text, end, told_end)
        )
        own_past = "last " in before and bool(_PAST_OWN_BEFORE.search(before))
        if own_past or clause_start in self._clause_others:
            # Someone else's event cared for or their death is theirs, its time named or not.
            now = False
        past = not now and bool(
            own_past
            or clause_past.get(clause_start, False)
            or self._past_before(before, clause_start, clause_past)
            or ("年" in before and _PAST_YEAR_BEFORE.search(before))
            or told_after(self.text[end:told_end])
            or (
                _PAST_AFTER_ZH.match(text, end, min(clause_end + 1, len(text)))
                and not _NEVER_BEFORE.search(text, clause_start, start)
            )
            or self._a_landmark(before, start, end)
        )
        if habit and ("长期" in text or " for " in text):
            # The medicine's own word inside "长期吃…药" / "on … for years": taken today too.
            for match in _LONG_TERM_MEDICINE.finditer(text, clause_start, clause_end):
                if match.start() <= start and end <= match.end():
                    habit = False
                    break
        if not hypothetical and (
            _WORRIED_BEFORE.search(before)
            or _FIGURE_BEFORE.search(before)
            or (text.startswith(_FIGURE_IDIOMS, start) and _FIGURE_IDIOM_BEFORE.search(before))
        ):
            hypothetical = True
        return Mention(
            mild=bool(_MILD.search(before))
            or bool(_SWOLLEN_OUT_OF_SHAPE.search(text, start, end))
            or self._blow_told_mild(clause_start, clause_end, start, end),
            negated=self.negated(start, end),
            past=past,
            condition=bool(
                (_CONDITION_NOT_FOUND_NOW if self.sent_over_now else _CONDITION).search(
                    text, clause_start, start
                )
            )
            or self._topic(start, end)
            or clause_start in self._witnessed
            or (self.tells_hearsay() and self._read_or_dreamt(clause_start, clause_end, start))
            or self._others_own_likened(clause_start, clause_end, start)
            or self._believed_otherwise(clause_start, clause_end, start)
            or (not now and self._checked_after(clause_start, clause_end, end))
            or (not now and self._named_for_a_desk(clause_start, clause_end, start, end)),
            habit=habit,
            hypothetical=hypothetical,
            now=now,
            earlier_birth=earlier_birth,
            long_ago=long_ago,
        )

    def _a_landmark(self, before: str, start: int, end: int) -> bool:
        """Return whether the mention names an illness or accident as the landmark of a time
        (`_LANDMARK_AFTER`, `_LANDMARK_BEFORE_EN`)."""
        text = self._text
        for match in _LANDMARK_AFTER.finditer(text, max(0, start - 6), min(len(text), end + 16)):
            if match.start() <= start < match.end() or start <= match.start() < end:
                return True
        return (
            ("after " in before or "since " in before)
            and _LANDMARK_NAME_EN.fullmatch(text, start, end) is not None
            and _LANDMARK_BEFORE_EN.search(before) is not None
        )

    def _past_before(self, before: str, clause_start: int, clause_past: dict[int, bool]) -> bool:
        """Return whether the words right `before` a mention tell a past: "at that time" only
        after a time of the past or of an earlier day, or of what was thought then (`_THEN`)."""
        match = _PAST_BEFORE.search(before)
        if match is None or not match.group().startswith(_THEN):
            return match is not None
        text = self._text
        return bool(
            "以为" in match.group()
            or any(told for start, told in clause_past.items() if start < clause_start)
            or _DAYS_BEFORE.search(text, 0, clause_start)
            or _STORY_PAST.search(text, 0, clause_start)
        )


def read_mention(text: str, start: int, end: int) -> Mention:
    """Return the context of the mention text[start:end] (one mention; see `Story`)."""
    return Story(text).mention(start, end)
