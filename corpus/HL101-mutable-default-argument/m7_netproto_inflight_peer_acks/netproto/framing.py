"""Wire format: one message per line, `MSG <id> <payload>`; replies are `ACK <id>` or `NAK <id> <reason>`."""


def encode(msg_id, payload):
    return f"MSG {msg_id} {payload}\n".encode()


def parse_replies(data):
    replies = []
    for line in data.decode().splitlines():
        kind, _, rest = line.partition(" ")
        msg_id, _, reason = rest.partition(" ")
        replies.append((kind, int(msg_id), reason))
    return replies
