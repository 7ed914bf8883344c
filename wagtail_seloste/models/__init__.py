from .booking import (
    BookingPage,
    ClosedDate,
    ConsentCheckbox,
    ConsentKind,
    OpeningHours,
    Service,
    SlotLock,
)
from .cookies import TrackingSnippet
from .notice import NoticePage, NoticePageForm, SelosteSettings
from .register import (
    AppendOnlyError,
    Booking,
    BookingStatus,
    Client,
    ConsentRecord,
    ConsentSource,
)
from .rights import ErasureRecord, PurgeRun, RightsRequest, RightsRequestPage

__all__ = [
    "AppendOnlyError",
    "Booking",
    "BookingPage",
    "BookingStatus",
    "Client",
    "ClosedDate",
    "ConsentCheckbox",
    "ConsentKind",
    "ConsentRecord",
    "ConsentSource",
    "NoticePage",
    "NoticePageForm",
    "OpeningHours",
    "ErasureRecord",
    "PurgeRun",
    "RightsRequest",
    "RightsRequestPage",
    "SelosteSettings",
    "Service",
    "SlotLock",
    "TrackingSnippet",
]
