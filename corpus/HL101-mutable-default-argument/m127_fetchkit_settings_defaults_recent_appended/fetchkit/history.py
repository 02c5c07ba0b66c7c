"""Request history kept on the Settings object that made the request."""


def remember(opts, url):
    opts.recent.append(url)
    return len(opts.recent)
