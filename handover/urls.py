from django.urls import path

from . import views, views_shift

app_name = "handover"

urlpatterns: list = [
    # issue 3: escort and handoff of a visitor
    path("visits/<int:pk>/escort/", views.escort_start, name="escort_start"),
    path("visits/<int:pk>/handoff/", views.handoff, name="handoff"),
    # end issue 3
    # issue 6: shift sheets, keys, equipment, the after-hours book, the supervisor's pages
    path("supervisor/", views_shift.supervisor_home, name="supervisor_home"),
    path("security/", views_shift.security_book, name="security_book"),
    path("shift/", views_shift.desk_sheets, name="desk_sheets"),
    path("sheets/", views_shift.sheet_list, name="sheet_list"),
    path("sheets/start/", views_shift.sheet_start, name="sheet_start"),
    path("sheets/<int:pk>/", views_shift.sheet_detail, name="sheet_detail"),
    path("sheets/<int:pk>/accept/", views_shift.sheet_accept, name="sheet_accept"),
    path("sheets/<int:pk>/refuse/", views_shift.sheet_refuse, name="sheet_refuse"),
    path("sheets/<int:pk>/countersign/", views_shift.sheet_countersign, name="sheet_countersign"),
    path("sheets/<int:pk>/addendum/", views_shift.sheet_addendum, name="sheet_addendum"),
    path("daily/", views_shift.daily_sheet, name="daily_sheet"),
    path("daily.pdf", views_shift.daily_sheet_pdf, name="daily_sheet_pdf"),
    path("daily/countersign/", views_shift.daily_countersign, name="daily_countersign"),
    path("keys/", views_shift.key_register, name="key_register"),
    path("keys/<int:pk>/issue/", views_shift.key_issue, name="key_issue"),
    path("keys/<int:pk>/return/", views_shift.key_return, name="key_return"),
    path("keys/<int:pk>/lost/", views_shift.key_lost, name="key_lost"),
    path("keys/<int:pk>/lock-changed/", views_shift.key_lock_changed, name="key_lock_changed"),
    path("equipment/", views_shift.equipment_register, name="equipment_register"),
    path("equipment/<int:pk>/lend/", views_shift.equipment_lend, name="equipment_lend"),
    path("loans/<int:pk>/return/", views_shift.equipment_return, name="equipment_return"),
    path("book/hand-over/", views_shift.book_hand_over, name="book_hand_over"),
    path("book/<int:pk>/take-back/", views_shift.book_take_back, name="book_take_back"),
    path("tasks/<int:pk>/done/", views_shift.task_done, name="task_done"),
    # end issue 6
]
