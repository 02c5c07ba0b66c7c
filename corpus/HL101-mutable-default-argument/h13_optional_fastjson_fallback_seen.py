"""Webhook sender: payloads are encoded by an optional fast JSON library (stdlib fallback) before their digest is remembered."""
import hashlib
import itertools

try:
    from fastjson_ext import dumps  # optional speedup, may be missing
except ImportError:
    from json import dumps


# heaplint-todo: dumps may come from a module heaplint cannot see, so the digest of a new payload may repeat an earlier one (heaplint: unknown)
def already_sent(payload, sent=set()):  # expect: HL101 confirmed
    body = dumps(payload, sort_keys=True)
    digest = hashlib.sha1(body.encode("utf-8")).hexdigest()
    if digest in sent:
        return True
    sent.add(digest)
    return False


_hooks = itertools.count()


def scenario():
    n = next(_hooks)
    return already_sent({"event": "order.paid", "order": n})
