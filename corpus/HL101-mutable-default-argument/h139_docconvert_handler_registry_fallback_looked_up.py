"""Document converter: `handles()` files element handlers per tag in its registry at
import; `convert()` dispatches on the tag, falling back to the paragraph handler."""
import itertools
import xml.etree.ElementTree as ET

_docs = itertools.count()


def handles(*tags, registry={}):  # expect: HL101 refuted
    def register(fn):
        registry.update(dict.fromkeys(tags, fn))
        fn.registry = registry
        return fn
    return register


@handles("para", "note")
def paragraph(el):
    return "".join(el.itertext()).strip() + "\n"


@handles("title")
def title(el):
    return "# %s\n" % el.text


def convert(root):
    out = []
    for child in root:
        if not isinstance(child.tag, str):
            continue
        handler = paragraph.registry.get(child.tag, paragraph)
        out.append(handler(child))
    return "".join(out)


def scenario():
    n = next(_docs)
    return convert(ET.fromstring("<doc><title>Spec %d</title><para>Body <b>%d</b></para>"
                                 "<ext-%d>raw</ext-%d></doc>" % (n, n, n, n)))
