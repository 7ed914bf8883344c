"""The personal-data registry's public path, for a site's own data sources (docs/registry.md).

The registry lives in ``wagtail_seloste.register.registry``; this module keeps the documented
import path working for sites that register their own models.
"""

from .register.registry import (
    BOOKKEEPING_HOLD,
    ErasureResult,
    Kept,
    ModelSource,
    PersonalDataRegistry,
    PersonalDataSource,
    PurgeResult,
    delete_in_batches,
    normalise_email,
    registry,
)

__all__ = [
    "BOOKKEEPING_HOLD",
    "ErasureResult",
    "Kept",
    "ModelSource",
    "PersonalDataRegistry",
    "PersonalDataSource",
    "PurgeResult",
    "delete_in_batches",
    "normalise_email",
    "registry",
]
