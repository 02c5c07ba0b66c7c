"""Build tool: command-line tokens are canonicalised through an alias table
(short flags, legacy spellings) held in a dict default. Aliases are
registered by calling the function with a target, which only happens at
import time; at run time it splits off `=value` and only reads the table."""
import itertools

_runs = itertools.count()


# heaplint-todo: the store at line 12 sits behind conditions heaplint cannot evaluate, and no way it tried reached it (heaplint: unknown)
def canonical(token, target=None, table={}):  # expect: HL101 refuted
    if target is not None:
        table[token] = target
    name, eq, value = token.partition("=")
    return table.get(name, name) + eq + value


for _alias, _target in (("-o", "--output"), ("-j", "--jobs"), ("--out", "--output"), ("-v", "--verbose")):
    canonical(_alias, _target)


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
