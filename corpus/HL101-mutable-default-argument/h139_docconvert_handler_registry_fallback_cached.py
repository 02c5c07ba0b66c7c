"""Document converter: `handles()` files element handlers per tag in its registry;
`convert()` dispatches on the tag and files the paragraph handler for new tags."""
import itertools
import xml.etree.ElementTree as ET

_docs = itertools.count()


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def handles(*tags, registry={}):  # expect: HL101 confirmed
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
        handler = paragraph.registry.setdefault(child.tag, paragraph)
        out.append(handler(child))
    return "".join(out)


def scenario():
    n = next(_docs)
    return convert(ET.fromstring("<doc><title>Spec %d</title><para>Body <b>%d</b></para>"
                                 "<ext-%d>raw</ext-%d></doc>" % (n, n, n, n)))
