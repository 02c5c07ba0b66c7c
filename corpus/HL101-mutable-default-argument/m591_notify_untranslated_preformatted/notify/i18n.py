"""Tiny gettext stand-in: German catalog plus untranslated-msgid tracking."""
import collections

CATALOG_DE = {
    "Hello {name},": "Hallo {name},",
    "Your order {order} has shipped.": "Ihre Bestellung {order} wurde versandt.",
}


def translate(msgid, values, _untranslated=set()):  # expect: HL101 confirmed
    """Render `msgid` in German; unknown msgids are noted for `make messages`."""
    text = CATALOG_DE.get(msgid)
    if text is None:
        _untranslated.add(msgid)
        text = msgid
    return text.format_map(values)


def render(lines, values, _defaults={"signature": "-- Acme Kundenservice"}):  # expect: HL101 refuted
    """Translate each line, filling unset fields from `_defaults` (read only)."""
    context = collections.ChainMap(values, _defaults)
    return "\n".join(translate(line, context) for line in lines)
