"""viewer_role: signed-in customers."""
from . import permcache

permcache.grant("viewer", ["page:view", "doc:read"])
