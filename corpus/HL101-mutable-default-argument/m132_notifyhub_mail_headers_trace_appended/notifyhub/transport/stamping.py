"""stamp(): adds the message's trace entry to the header block it is given.

It appends to that block in place, so when the block is send_mail's default
headers dict, its X-Trace list keeps every message id ever mailed.
"""


def stamp(headers, msg):
    headers.setdefault("X-Trace", []).append(msg.msg_id)
    return headers
