"""Sink: DogStatsD line protocol."""


def emit(name, value, tags=["env:prod"]):  # expect: HL101 confirmed
    tags += [f"run:{name}#{value}"]
    return f"{name}:{value}|c|#{','.join(tags)}"
