STEP_REGISTRY = {}


def register_step(name):
    def decorator(func):
        if name in STEP_REGISTRY:
            raise ValueError(f"duplicate pipeline step {name!r}")
        STEP_REGISTRY[name] = func
        return func
    return decorator


class Pipeline:
    def __init__(self, step_names):
        try:
            self.steps = [STEP_REGISTRY[name] for name in step_names]
        except KeyError as exc:
            raise LookupError(f"unknown pipeline step {exc.args[0]!r}") from None

    def run(self, text):
        doc = {"lines": text.splitlines(), "title": None}
        for step in self.steps:
            doc = step(doc)
        return doc
