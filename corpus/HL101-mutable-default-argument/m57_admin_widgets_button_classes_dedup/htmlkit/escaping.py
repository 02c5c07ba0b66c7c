_REPLACEMENTS = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))


def escape(text):
    text = str(text)
    for char, entity in _REPLACEMENTS:
        if char in text:
            text = text.replace(char, entity)
    return text
