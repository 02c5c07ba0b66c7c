"""crm: read-only client for a CRM's contacts and deals."""
from .client import CrmClient
from .models import *  # noqa: F401,F403
from .models import __all__ as _model_names

__all__ = ["CrmClient", *_model_names]
