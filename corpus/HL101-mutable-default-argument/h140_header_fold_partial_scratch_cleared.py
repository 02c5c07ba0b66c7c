"""Header rendering: long values are folded at whitespace into continuation
lines collected in a scratch `lines` list default. The renderer calls it
through a functools.partial made at import that fixes only the line length;
the folder joins the lines and empties the scratch list before returning."""
import functools
import itertools

_msgs = itertools.count()


def fold_header(name, value, maxlen=78, lines=[]):  # expect: HL101 refuted
    current = name + ":"
    for word in value.split():
        if len(current) + 1 + len(word) > maxlen:
            lines.append(current)
            current = " " + word
        else:
            current += " " + word
    lines.append(current)
    folded = "\r\n".join(lines)
    lines.clear()
    return folded


FOLD = functools.partial(fold_header, maxlen=40)


def render_headers(headers, fold=FOLD):
    return "".join(fold(name, value) + "\r\n" for name, value in headers) + "\r\n"


def scenario():
    n = next(_msgs)
    headers = [("Subject", "Quarterly figures for cost centre %d and the revised forecast" % n),
               ("To", ", ".join("member%d@lists.example.org" % (n + i) for i in range(3)))]
    return len(render_headers(headers))
