"""Help formatter for a `lab` CLI: options are grouped by section into a
defaultdict(list) default and the help text is rendered section by section,
sections sorted by title. The grouping hands back a plain dict built by
popping every section, so the default is empty again when rendering starts."""
import collections
import itertools

_runs = itertools.count()


def group_options(options, sections=collections.defaultdict(list)):  # expect: HL101 refuted
    for flag, section, text in options:
        sections[section].append("  %-22s %s" % (flag, text))
    return {title: sections.pop(title) for title in sorted(sections)}


def render_help(prog, options):
    sections = group_options(options)
    blocks = ["%s:\n%s" % (title, "\n".join(lines)) for title, lines in sorted(sections.items())]
    return "usage: %s [options]\n\n%s" % (prog, "\n\n".join(blocks))


def scenario():
    n = next(_runs)
    options = [("--seed", "general", "random seed"),
               ("--exp-%d-lr" % n, "experiment %d" % (n % 5), "learning rate for run %d" % n),
               ("--exp-%d-steps" % n, "experiment %d" % (n % 5), "training steps")]
    return len(render_help("lab run-%d" % n, options))
