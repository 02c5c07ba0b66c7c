from .allowlist import HostAllowList

OUTBOUND = HostAllowList([
    "api.example.com",
    "auth.example.com",
    "*.cdn.example.net",
])
