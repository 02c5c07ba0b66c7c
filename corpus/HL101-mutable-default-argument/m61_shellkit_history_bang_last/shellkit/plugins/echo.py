from ..core import register


def echo(args):
    return " ".join(args)


def upper(args):
    return " ".join(args).upper()


register("echo", echo)
register("upper", upper)
