"""Search filter parser: recursive descent with a default list as the open-paren stack; every push is popped."""
import itertools


def parse_group(tokens, pos, open_parens=[]):  # expect: HL101 refuted
    open_parens.append(pos)
    if len(open_parens) > 32:
        open_parens.pop()
        raise ValueError("filter nested too deeply")
    terms = []
    while pos < len(tokens):
        token = tokens[pos]
        if token == "(":
            group, pos = parse_group(tokens, pos + 1)
            terms.append(group)
        elif token == ")":
            break
        else:
            terms.append(token)
        pos += 1
    open_parens.pop()
    return terms, pos


def parse_filter(text):
    return parse_group(text.replace("(", " ( ").replace(")", " ) ").split(), 0)[0]


_queries = itertools.count()


def scenario():
    n = next(_queries)
    parse_filter(f"status:open (owner:u{n} OR (team:t{n % 9} label:bug)) created:>{n}")
