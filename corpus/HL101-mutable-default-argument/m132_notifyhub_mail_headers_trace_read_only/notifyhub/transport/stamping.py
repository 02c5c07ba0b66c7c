"""stamp(): a new header block, the given one plus the message's trace entry.

It only reads the block it is given, so send_mail's default headers dict
keeps its single X-Mailer entry however many messages are mailed.
"""


def stamp(headers, msg):
    return {**headers, "X-Trace": [*headers.get("X-Trace", ()), msg.msg_id]}
