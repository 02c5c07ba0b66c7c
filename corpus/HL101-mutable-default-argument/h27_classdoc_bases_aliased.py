"""API doc generator: class nodes link to their bases and record subclasses for the "Known subclasses" section."""
import itertools


class ClassDoc:
    def __init__(self, qualname, bases=[]):  # expect: HL101 confirmed
        self.qualname = qualname
        self.bases = bases
        self.subclasses = []
        for base in bases:
            base.subclasses.append(self)

    def add_base(self, base):
        self.bases.append(base)
        base.subclasses.append(self)

    def render(self):
        lines = [f"class {self.qualname}({', '.join(b.qualname for b in self.bases)})"]
        if self.subclasses:
            lines.append("Known subclasses: " + ", ".join(s.qualname for s in self.subclasses))
        return "\n".join(lines)


_modules = itertools.count()


def scenario():
    n = next(_modules)
    mixin = ClassDoc(f"pkg{n}.ReprMixin")
    base = ClassDoc(f"pkg{n}.Base")
    base.add_base(mixin)
    child = ClassDoc(f"pkg{n}.Child", [base])
    return "\n\n".join(doc.render() for doc in (mixin, base, child))
