"""Cell quoting: double quotes around a cell holding the delimiter, a quote or a newline."""


def quote(text, delimiter):
    if delimiter in text or '"' in text or "\n" in text:
        return '"' + text.replace('"', '""') + '"'
    return text
