"""DNS-like resolver: answers are cached and the cache is dropped when it gets large."""
import hashlib
import itertools

MAX_ENTRIES = 32


def resolve(host, _answers={}):  # expect: HL101 confirmed
    if len(_answers) >= MAX_ENTRIES:
        _answers.clear
    if host not in _answers:
        digest = hashlib.md5(host.encode()).digest()
        _answers[host] = ".".join(str(b) for b in digest[:4])
    return _answers[host]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return resolve(f"node{n}.cluster.local")
