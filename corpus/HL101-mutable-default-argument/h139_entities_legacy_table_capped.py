"""Feed importer: legacy product descriptions use named entities that HTML5
does not know (`&brand42;`). `TextExtractor` resolves entity references
through `resolve_entity()`, which looks the name up in a table of known
entities and caches each resolution while the table holds under 32."""
import html.entities
import itertools
from html.parser import HTMLParser

_items = itertools.count()


def resolve_entity(name, table={"nbsp": " ", "shy": ""}):  # expect: HL101 refuted
    if name in table:
        return table[name]
    code = html.entities.name2codepoint.get(name)
    value = "&%s;" % name if code is None else chr(code)
    if len(table) < 32:
        table[name] = value
    return value


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.chunks = []
        self.handle_data = self.chunks.append

    def handle_entityref(self, name):
        self.chunks.append(resolve_entity(name))

    def handle_charref(self, name):
        self.chunks.append(chr(int(name[1:], 16) if name[:1] in "xX" else int(name)))


def scenario():
    n = next(_items)
    parser = TextExtractor()
    parser.feed("<p>Caf&eacute; &amp; bar&nbsp;by &brand%d; &#8212; lot&#x%x;</p>" % (n, 0x41 + n % 26))
    parser.close()
    return "".join(parser.chunks)
