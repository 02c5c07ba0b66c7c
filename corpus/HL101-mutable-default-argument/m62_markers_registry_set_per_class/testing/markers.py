def mark(*labels, registry={}):  # expect: HL101 refuted
    """Tag a test method; `registry` maps each label to the tests carrying it."""

    def decorate(func):
        func.labels = frozenset(labels) | getattr(func, "labels", frozenset())
        for label in labels:
            registry.setdefault(label, set()).add(f"{func.__module__}.{func.__qualname__}")
        return func

    return decorate


def marked(case_class, label):
    return sorted(
        name for name in dir(case_class)
        if name.startswith("test") and label in getattr(getattr(case_class, name), "labels", ())
    )
