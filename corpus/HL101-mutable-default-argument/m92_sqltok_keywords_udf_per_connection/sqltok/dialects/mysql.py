"""MySQL: extra keywords and functions, installed by every connection that uses it."""
from ..lexer import register_keywords

NAME = "mysql"
KEYWORDS = ("limit", "regexp", "straight_join", "ignore")
FUNCTIONS = ("group_concat", "ifnull")


def install():
    register_keywords(KEYWORDS)
    register_keywords(FUNCTIONS, kind="FUNC")
