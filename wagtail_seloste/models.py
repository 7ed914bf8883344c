"""The models Django loads for the core app: each lives in its package (notice, register, outbox)."""

from .notice.models import NoticePage, NoticePageForm, SelosteSettings
from .outbox.models import OutboxEmail
from .register.models import (
    Breach,
    BreachMessage,
    BreachStep,
    ErasureRecord,
    Processor,
    PurgeRun,
    RecordActivity,
    RegisterModel,
)

__all__ = [
    "Breach",
    "BreachMessage",
    "BreachStep",
    "ErasureRecord",
    "NoticePage",
    "NoticePageForm",
    "OutboxEmail",
    "Processor",
    "PurgeRun",
    "RecordActivity",
    "RegisterModel",
    "SelosteSettings",
]
