"""tool greet NAME...: say hello."""


def run(args):
    return "Hello, " + " and ".join(args or ["world"]) + "!"
