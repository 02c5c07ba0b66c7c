"""fetch(): the settings default is named through the module, settings.DEFAULTS.

history.remember rebinds opts.recent to its last four URLs plus the new one,
so the shared DEFAULTS object never holds more than five URLs.
"""
from . import history, settings


def fetch(url, opts=settings.DEFAULTS):  # expect: HL101 refuted
    request = {
        "url": url,
        "timeout": opts.timeout,
        "retries": opts.retries,
        "headers": {"User-Agent": opts.user_agent},
    }
    request["seen"] = history.remember(opts, url)
    return request
