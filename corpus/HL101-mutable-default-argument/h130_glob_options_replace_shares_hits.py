"""Static-site builder glob: `GlobOptions` is a dataclass holding the pattern,
the hidden-file policy and a list collecting the hits. `glob_tree()` takes a
default options object and specialises it per call with
`dataclasses.replace()`, which copies fields shallowly: the new options
object appends its hits to the default's list."""
import dataclasses
import fnmatch
import itertools

_sites = itertools.count()


@dataclasses.dataclass
class GlobOptions:
    pattern: str = "*"
    include_hidden: bool = False
    hits: list = dataclasses.field(default_factory=list)


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 28 (heaplint: unknown)
def glob_tree(tree, root, pattern, opts=GlobOptions()):  # expect: HL101 confirmed
    opts = dataclasses.replace(opts, pattern=pattern)
    for dirpath, names in sorted(tree.items()):
        if not dirpath.startswith(root):
            continue
        for name in names:
            if name.startswith(".") and not opts.include_hidden:
                continue
            if fnmatch.fnmatchcase(name, opts.pattern):
                opts.hits.append("%s/%s" % (dirpath, name))
    return opts.hits


def scenario():
    root = "/www/site%d" % next(_sites)
    tree = {root: ["index.md", ".draft.md", "logo.png"], root + "/posts": ["hello.md", "notes.txt"]}
    return len(glob_tree(tree, root, "*.md"))
