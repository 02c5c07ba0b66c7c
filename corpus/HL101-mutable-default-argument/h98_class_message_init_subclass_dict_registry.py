"""RPC messages: each `Message` subclass registers itself by `kind` in
`__init_subclass__`, the registry being a keyword default that `lookup()`
reads. Ad-hoc reply types are built per request with `type()` under a kind
holding the request id, so the registry keeps a new class after every request."""
import itertools


class Message:
    def __init_subclass__(cls, kind=None, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.kind = kind or cls.__name__.lower()
        registry[cls.kind] = cls
        Message._registry = registry

    @classmethod
    def lookup(cls, kind):
        return cls._registry[kind]

    def __init__(self, **fields):
        self.fields = fields

    def encode(self):
        return "%s:%s" % (self.kind, ",".join("%s=%s" % kv for kv in sorted(self.fields.items())))


class Ping(Message, kind="ping"):
    """Keep-alive probe."""


def reply(request_id, **fields):
    reply_cls = type("Reply%d" % request_id, (Message,), {}, kind="reply.%d" % request_id)
    return Message.lookup(reply_cls.kind)(request=request_id, **fields)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return Ping(seq=n).encode(), reply(n, status="ok", items=n % 7).encode()
