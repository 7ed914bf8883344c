from .cookies import TrackingSnippet
from .notice import NoticePage, NoticePageForm, SelosteSettings

__all__ = ["NoticePage", "NoticePageForm", "SelosteSettings", "TrackingSnippet"]
