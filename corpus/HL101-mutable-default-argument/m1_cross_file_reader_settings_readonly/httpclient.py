"""HTTP client: reads its settings from settings.setting for every request."""
from settings import setting


def build_request(url, **overrides):
    return {
        "url": url,
        "timeout": setting("timeout", overrides),
        "headers": {"User-Agent": setting("user_agent", overrides)},
    }
