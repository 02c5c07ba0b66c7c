"""Queue consumer: handled messages' delivery tags are acknowledged in one
call at the end of the stream. A None from the broker is its shutdown
sentinel; the loop breaks on it, which skips the for/else flush, so the
pending tags stay in the list default."""
import itertools

_deliveries = itertools.count()


class Channel:
    def __init__(self):
        self.acked = []

    def basic_ack(self, tags):
        self.acked.extend(tags)


def consume(channel, messages, handler, pending=[]):  # expect: HL101 confirmed
    for message in messages:
        if message is None:
            break
        if not handler(message["body"]):
            continue
        pending.append(message["tag"])
    else:
        channel.basic_ack(list(pending))
        pending.clear()
    return len(channel.acked)


def scenario():
    tags = [next(_deliveries) + 1000 for _ in range(4)]
    stream = [{"tag": t, "body": f"order:{t}" if t % 4 else ""} for t in tags] + [None]
    return consume(Channel(), stream, handler=bool)
