"""The rows aftercare's data migration ships: the three follow-up plans of the seeds, which
administrators edit afterwards.

Seed 003 §一(五): one week after the service (satisfaction and difficulties), one month after
(how the indicators changed), then every quarter; seed 001 §6.13–6.14: post-operative calls on a
schedule, dressing changes and stitch removal with the operating doctor.

`load_reference_data(models)` takes the model lookup of a data migration's historical
registry (its `apps`): migration 0002 calls it, and so does a test database built from the models.
"""

from collections.abc import Callable
from typing import Any

WEEK = (
    "一周回访：满意度与困难",
    "一週回訪：滿意度與困難",
    "One week: satisfaction and difficulties",
    "您好，我是医院导医台。您上周来院就诊/检查，想了解一下您现在感觉怎么样？对我们的服务满意吗？"
    "有没有遇到什么困难需要我们帮忙？",
    "您好，我是醫院導醫台。您上週來院就診/檢查，想了解一下您現在感覺怎麼樣？對我們的服務滿意嗎？"
    "有沒有遇到什麼困難需要我們幫忙？",
    "Hello, this is the hospital's front desk. You came to us last week: how are you feeling now? "
    "Were you satisfied with our service? Is there anything we can help with?",
    True,
)

TEMPLATES = [
    (
        "after-visit",
        ("就诊后随访", "就診後隨訪", "After a visit"),
        [
            (7, *WEEK),
            (
                30,
                "一个月回访：恢复情况",
                "一個月回訪：恢復情況",
                "One month: how they are recovering",
                "您好，距离您来院已经一个月了，想了解一下您的恢复情况。是否需要复诊？需要的话我们帮您安排。",
                "您好，距離您來院已經一個月了，想了解一下您的恢復情況。是否需要複診？需要的話我們幫您安排。",
                "Hello, it is a month since your visit: how are you recovering? Do you need a "
                "return visit? We can arrange it for you.",
                False,
            ),
        ],
    ),
    (
        "health-check",
        ("体检后随访", "體檢後隨訪", "After a health check"),
        [
            (7, *WEEK),
            (
                30,
                "一个月回访：指标变化",
                "一個月回訪：指標變化",
                "One month: how the indicators changed",
                "您好，您体检已经一个月了。报告里需要关注的指标，复查了吗？有变化吗？需要我们帮您预约专科吗？",
                "您好，您體檢已經一個月了。報告裡需要關注的指標，複查了嗎？有變化嗎？需要我們幫您預約專科嗎？",
                "Hello, it is a month since your health check. Have the results to watch been "
                "checked again, and have they changed? Shall we book a specialist for you?",
                False,
            ),
            *[
                (
                    days,
                    f"季度回访（第{n}季度）",
                    f"季度回訪（第{n}季度）",
                    f"Quarterly call ({n} of 4)",
                    "您好，这是体检后的季度回访。最近身体怎么样？有没有新的不适？提醒您按时复查。",
                    "您好，這是體檢後的季度回訪。最近身體怎麼樣？有沒有新的不適？提醒您按時複查。",
                    "Hello, this is the quarterly call after your health check. How have you been? "
                    "Anything new? A reminder to keep your check-up dates.",
                    False,
                )
                for n, days in enumerate((90, 180, 270, 360), start=1)
            ],
        ],
    ),
    (
        "after-operation",
        ("术后随访", "術後隨訪", "After an operation"),
        [
            (
                1,
                "术后第1天：疼痛、伤口、发热",
                "術後第1天：疼痛、傷口、發熱",
                "Day 1: pain, wound, fever",
                "您好，我是导医台。手术后第一天感觉怎么样？伤口疼不疼、有没有渗血或发热？"
                "如有发热或伤口红肿渗液，请及时来院或拨打急救电话。",
                "您好，我是導醫台。手術後第一天感覺怎麼樣？傷口疼不疼、有沒有滲血或發熱？"
                "如有發熱或傷口紅腫滲液，請及時來院或撥打急救電話。",
                "Hello, this is the front desk. How do you feel on the first day after the "
                "operation? Pain, bleeding or fever? With fever or a red, weeping wound come in "
                "at once or call the emergency number.",
                False,
            ),
            (
                7,
                "术后第7天：换药、拆线",
                "術後第7天：換藥、拆線",
                "Day 7: dressing change, stitches",
                "您好，术后一周了。换药、拆线请找主刀医生，需要的话我们帮您预约。伤口恢复得怎么样？"
                "对住院期间的服务满意吗？",
                "您好，術後一週了。換藥、拆線請找主刀醫生，需要的話我們幫您預約。傷口恢復得怎麼樣？"
                "對住院期間的服務滿意嗎？",
                "Hello, it is a week after the operation. Dressing changes and stitch removal are "
                "with the operating doctor: shall we book it? How is the wound? Were you satisfied "
                "with your stay?",
                True,
            ),
            (
                30,
                "术后第30天：复查",
                "術後第30天：複查",
                "Day 30: check-up",
                "您好，术后一个月了，请按医生的要求来院复查。需要我们帮您预约复查吗？",
                "您好，術後一個月了，請按醫生的要求來院複查。需要我們幫您預約複查嗎？",
                "Hello, it is a month after the operation: please come for the check-up your "
                "doctor asked for. Shall we book it for you?",
                False,
            ),
        ],
    ),
]


def load_reference_data(models: Callable[[str, str], Any]) -> None:
    """Create the shipped plan templates that are missing, with their steps."""
    template_model = models("aftercare", "PlanTemplate")
    step_model = models("aftercare", "PlanTemplateStep")
    for order, (code, (name, name_hant, name_en), steps) in enumerate(TEMPLATES):
        if template_model.objects.filter(code=code).exists():
            continue  # an administrator's edits are never overwritten
        template = template_model.objects.create(
            code=code, name=name, name_zh_hant=name_hant, name_en=name_en, sort_order=order
        )
        for days, purpose, purpose_hant, purpose_en, script, script_hant, script_en, asks in steps:
            step_model.objects.create(
                template=template,
                offset_days=days,
                purpose=purpose,
                purpose_zh_hant=purpose_hant,
                purpose_en=purpose_en,
                script=script,
                script_zh_hant=script_hant,
                script_en=script_en,
                asks_satisfaction=asks,
            )
