"""RPC messages: `__init_subclass__` registers each `Message` subclass by `kind`
in a keyword-default registry read by `lookup()`. Replies get a `type()` class
per request, but the registry is a WeakValueDictionary: dead classes drop out."""
import itertools
import weakref


class Message:
    def __init_subclass__(cls, kind=None, registry=weakref.WeakValueDictionary(), **kwargs):  # expect: HL101 refuted
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
