"""PostgreSQL: extra keywords and functions, installed by every connection that uses it."""
from ..lexer import register_keywords

NAME = "postgresql"
KEYWORDS = ("returning", "ilike", "limit", "offset", "lateral")
FUNCTIONS = ("string_agg", "jsonb_agg", "coalesce")


def install():
    register_keywords(KEYWORDS)
    register_keywords(FUNCTIONS, kind="FUNC")
