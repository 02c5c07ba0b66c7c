"""Request history kept on the Settings object that made the request (last five URLs)."""


def remember(opts, url):
    opts.recent = opts.recent[-4:] + [url]
    return len(opts.recent)
