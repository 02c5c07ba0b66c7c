"""admin_role: staff who run the site."""
from .permcache import grant

grant("admin", ["page:view", "doc:read", "doc:write", "doc:delete", "user:manage"])
