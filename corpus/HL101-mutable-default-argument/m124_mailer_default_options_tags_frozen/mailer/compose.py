from . import options


def compose(to, subject, opts=options.DEFAULTS):
    tags = opts.tags
    tags += (f"rcpt:{to}",)
    return {
        "To": to,
        "Subject": subject,
        "X-Priority": opts.priority,
        "X-Tags": ",".join(tags),
    }
