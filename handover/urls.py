from django.urls import URLPattern, path

from .views import after_hours, equipment, escorts, keys, sheets

app_name = "handover"

urlpatterns: list[URLPattern] = [
    path("visits/<int:pk>/escort/", escorts.escort_start, name="escort_start"),
    path("visits/<int:pk>/handoff/", escorts.handoff, name="handoff"),
    path("security/", after_hours.security_book, name="security_book"),
    path("shift/", sheets.desk_sheets, name="desk_sheets"),
    path("sheets/", sheets.sheet_list, name="sheet_list"),
    path("sheets/start/", sheets.sheet_start, name="sheet_start"),
    path("sheets/<int:pk>/", sheets.sheet_detail, name="sheet_detail"),
    path("sheets/<int:pk>/accept/", sheets.sheet_accept, name="sheet_accept"),
    path("sheets/<int:pk>/refuse/", sheets.sheet_refuse, name="sheet_refuse"),
    path("sheets/<int:pk>/countersign/", sheets.sheet_countersign, name="sheet_countersign"),
    path("sheets/<int:pk>/addendum/", sheets.sheet_addendum, name="sheet_addendum"),
    path("keys/", keys.key_register, name="key_register"),
    path("keys/<int:pk>/issue/", keys.key_issue, name="key_issue"),
    path("keys/<int:pk>/return/", keys.key_return, name="key_return"),
    path("keys/<int:pk>/lost/", keys.key_lost, name="key_lost"),
    path("keys/<int:pk>/lock-changed/", keys.key_lock_changed, name="key_lock_changed"),
    path("equipment/", equipment.equipment_register, name="equipment_register"),
    path("equipment/<int:pk>/lend/", equipment.equipment_lend, name="equipment_lend"),
    path("loans/<int:pk>/return/", equipment.equipment_return, name="equipment_return"),
    path("book/hand-over/", after_hours.book_hand_over, name="book_hand_over"),
    path("book/<int:pk>/take-back/", after_hours.book_take_back, name="book_take_back"),
    path("tasks/<int:pk>/done/", after_hours.task_done, name="task_done"),
]
