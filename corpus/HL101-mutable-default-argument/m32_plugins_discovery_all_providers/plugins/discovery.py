def iter_new_plugins(specs, _announced=set()):  # expect: HL101 confirmed
    """Yield (name, target) for specs not announced before.

    A name is marked as announced once the consumer asks for the next one.
    """
    for spec in specs:
        name, sep, target = spec.partition("=")
        name = name.strip().lower()
        if not sep or not target.strip() or name in _announced:
            continue
        yield name, target.strip()
        _announced.add(name)
