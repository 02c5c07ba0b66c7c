"""MySQL: extra keywords, registered once, when the module is imported."""
from ..lexer import register_keywords

NAME = "mysql"
PARAMSTYLE = "format"

register_keywords(["limit", "regexp", "straight_join", "ignore"])
register_keywords(["group_concat", "ifnull"], kind="FUNC")
