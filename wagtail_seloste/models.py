"""The models Django loads for the core app: each lives in its package (notice, register, outbox)."""

from .notice.models import NoticePage, NoticePageForm, SelosteSettings
from .outbox.models import OutboxEmail
from .register.models import ErasureRecord, PurgeRun, RegisterModel

__all__ = [
    "ErasureRecord",
    "NoticePage",
    "NoticePageForm",
    "OutboxEmail",
    "PurgeRun",
    "RegisterModel",
    "SelosteSettings",
]
