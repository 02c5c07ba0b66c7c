"""fetch(): the settings default is named through the module, settings.DEFAULTS.

history.remember appends every URL to opts.recent, so the shared DEFAULTS
object keeps one more URL per request made without explicit settings.
"""
from . import history, settings


def fetch(url, opts=settings.DEFAULTS):  # expect: HL101 confirmed
    request = {
        "url": url,
        "timeout": opts.timeout,
        "retries": opts.retries,
        "headers": {"User-Agent": opts.user_agent},
    }
    request["seen"] = history.remember(opts, url)
    return request
