from .base import RegisterModel
from .notice import NoticePage, NoticePageForm, SelosteSettings
from .outbox import OutboxEmail
from .register import ErasureRecord, PurgeRun

__all__ = [
    "ErasureRecord",
    "NoticePage",
    "NoticePageForm",
    "OutboxEmail",
    "PurgeRun",
    "RegisterModel",
    "SelosteSettings",
]
