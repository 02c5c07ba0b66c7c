"""Run one argv against a command table, with a context the commands may read."""


def dispatch(table, argv, context={}):  # expect: HL101 confirmed
    name, *args = argv
    context.setdefault("history", []).append(tuple(argv))
    context["last_command"] = name
    handler = table[name]
    if handler.needs_context:
        return handler(context, *args)
    return handler(*args)
