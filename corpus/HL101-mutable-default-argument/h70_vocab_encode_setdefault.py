"""Text features: documents pass through composed stages (normalise, tokenise, encode) into JSON id lists."""
import functools
import itertools
import json
import re
import string

_TOKEN = re.compile(r"[a-z0-9']+")
BASE_WORDS = ("<unk>", "the", "a", "and", "of", "to", "is", "error", "timeout")


def compose(*stages):
    return lambda value: functools.reduce(lambda acc, stage: stage(acc), stages, value)


def normalise(text):
    return text.lower().translate(str.maketrans("", "", string.punctuation.replace("'", "")))


def encode(tokens, vocab=dict(zip(BASE_WORDS, itertools.count()))):  # expect: HL101 confirmed
    return [vocab.setdefault(tok, len(vocab)) for tok in tokens]


to_ids = compose(normalise, _TOKEN.findall, encode)
_docs = itertools.count()


def scenario():
    n = next(_docs)
    text = f"Error: the upload of batch-{n} hit a timeout and worker{n} retried!"
    return json.dumps({"doc": n, "ids": to_ids(text)})
