"""Doc generator: turns identifiers in a docstring into links, assuming unknown names are module functions."""
import itertools
import re

_NAME = re.compile(r"\b([A-Za-z_]\w*)\(\)")


class HTMLDoc:
    def escape(self, text):
        return text.replace("&", "&amp;").replace("<", "&lt;")

    def markup(self, text, escape=None,
               funcs={},  # expect: HL101 confirmed
               classes={},  # expect: HL101 refuted
               methods={}):  # expect: HL101 refuted
        escape = escape or self.escape
        out, pos = [], 0
        for match in _NAME.finditer(text):
            name = match.group(1)
            out.append(escape(text[pos:match.start()]))
            target = methods.get(name) or classes.get(name) or funcs.setdefault(name, "#" + name)
            out.append(f'<a href="{target}">{name}()</a>' if target else escape(match.group(0)))
            pos = match.end()
        out.append(escape(text[pos:]))
        return "".join(out)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return len(HTMLDoc().markup(f"Call load_{n}() before save() on <Store {n}>."))
