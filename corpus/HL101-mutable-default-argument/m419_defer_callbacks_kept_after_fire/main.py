"""SMTP-ish command client: one short session per queued message."""
import itertools

from netlib import LineReceiver

_messages = itertools.count(1)


class ReplyCollector(LineReceiver):
    def __init__(self, message_id):
        super().__init__()
        self.message_id = message_id
        self.replies = []
        self.finished.addCallback(self.summarise)

    def lineReceived(self, line):
        self.replies.append(line)

    def summarise(self, reason):
        return f"{self.message_id}: {len(self.replies)} replies ({reason})"


def scenario():
    n = next(_messages)
    proto = ReplyCollector(f"msg-{n}")
    proto.dataReceived(f"250 OK id={n}\r\n354 go ahead\r\n".encode("ascii"))
    proto.connectionLost()
    return proto.finished.result
