from .bus import emit as dispatch
from .audit import log_request
