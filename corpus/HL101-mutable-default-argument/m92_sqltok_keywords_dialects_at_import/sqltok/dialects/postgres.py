"""PostgreSQL: extra keywords and functions, registered once, when the module is imported."""
from ..lexer import register_keywords

NAME = "postgresql"
PARAMSTYLE = "numeric"

register_keywords(["returning", "ilike", "limit", "offset", "lateral"])
register_keywords(["string_agg", "jsonb_agg", "coalesce"], kind="FUNC")
