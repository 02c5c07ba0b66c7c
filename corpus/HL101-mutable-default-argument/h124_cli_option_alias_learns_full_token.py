"""Build tool: command-line tokens are canonicalised through an alias table
(short flags, legacy spellings) held in a dict default. Each resolved token
is written back so the next lookup is a hit, but the whole token, `=value`
included, is the key, so every new output path adds an entry."""
import itertools

_runs = itertools.count()


def canonical(token, table={"-o": "--output", "-j": "--jobs", "--out": "--output", "-v": "--verbose"}):  # expect: HL101 confirmed
    if token not in table:
        name, eq, value = token.partition("=")
        table[token] = table.get(name, name) + eq + value
    return table[token]


def make_runner(**defaults):
    def run(argv, **overrides):
        opts = dict(defaults)
        for token in argv:
            name, _, value = canonical(token).partition("=")
            opts[name.lstrip("-")] = value or True
        opts.update(overrides)
        return "make -j{jobs} -o {output}".format(**opts)
    return run


def scenario():
    n = next(_runs)
    run = make_runner(jobs=1, output="a.out")
    return run(["-v", "--out=build/app%d.bin" % n, "-j=%d" % (n % 8 + 1)], target="t%d" % n)
