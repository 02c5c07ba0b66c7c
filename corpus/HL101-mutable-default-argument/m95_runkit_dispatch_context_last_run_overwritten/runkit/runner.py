"""Run one argv against a command table, with a context the commands may read."""


def dispatch(table, argv, context={}):  # expect: HL101 refuted
    name, *args = argv
    context["last_argv"] = tuple(argv)
    context["last_command"] = name
    handler = table[name]
    if handler.needs_context:
        return handler(context, *args)
    return handler(*args)
