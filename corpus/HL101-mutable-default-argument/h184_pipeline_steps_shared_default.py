"""Search indexer text normalizer: a Pipeline is a callable that runs its
converter steps in order. Each request builds a pipeline and adds a
per-tenant stopword step with then(); __init__ keeps the default step list
itself, so every request's DropWords step is appended to the shared list."""
import itertools

_requests = itertools.count()


class Fold:
    def __call__(self, text):
        return text.strip().lower()


class DropWords:
    def __init__(self, words):
        self.words = frozenset(words)

    def __call__(self, text):
        return " ".join(w for w in text.split() if w not in self.words)


class Pipeline:
    def __init__(self, steps=[Fold()]):  # expect: HL101 confirmed
        self.steps = steps

    def then(self, step):
        self.steps.append(step)
        return self

    def __call__(self, text):
        for step in self.steps:
            text = step(text)
        return text


def scenario():
    n = next(_requests)
    normalize = Pipeline().then(DropWords({"the", "a", f"tenant{n}", f"acme{n}"}))
    return normalize(f"  The Quarterly Report for tenant{n} ACME{n} ")
