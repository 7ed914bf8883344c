from .base import RegisterModel
from .notice import NoticePage, NoticePageForm, SelosteSettings
from .register import ErasureRecord, PurgeRun

__all__ = [
    "ErasureRecord",
    "NoticePage",
    "NoticePageForm",
    "PurgeRun",
    "RegisterModel",
    "SelosteSettings",
]
