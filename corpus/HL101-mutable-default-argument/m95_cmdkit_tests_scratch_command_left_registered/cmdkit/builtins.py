"""Built-in commands, registered once when cmdkit is imported."""
from .registry import command


@command("echo")
def echo(*words):
    return " ".join(words)


@command("sum")
def total(*numbers):
    return str(sum(int(n) for n in numbers))
