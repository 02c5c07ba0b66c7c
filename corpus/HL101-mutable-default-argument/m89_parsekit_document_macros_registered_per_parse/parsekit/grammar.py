"""Rule registry: rule modules register token rules at import, parsers read them."""
import re


def rules(_table={}):  # expect: HL101 confirmed
    """Token kind -> (matcher, action), in registration order."""
    return _table


def _regex(pattern):
    compiled = re.compile(pattern)

    def match(text, pos):
        found = compiled.match(text, pos)
        return found.end() if found else -1
    return match


def rule(pattern, kind=None):
    """Decorator: `@rule(r"\\d+")` registers the action under the function's name."""
    def register(action):
        rules()[kind or action.__name__] = (_regex(pattern), action)
        return action
    return register


def keyword(word):
    """A reserved word; on a tie with the generic name rule the later rule wins."""
    def match(text, pos):
        end = pos + len(word)
        return end if text.startswith(word, pos) and not text[end:end + 1].isalnum() else -1
    rules()[f"kw_{word}"] = (match, str)
