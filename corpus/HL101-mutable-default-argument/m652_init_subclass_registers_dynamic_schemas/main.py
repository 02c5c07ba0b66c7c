"""Form API: each call builds a schema for one new form and validates a payload."""
import itertools

from forms.factory import schema_for

_ids = itertools.count()


def scenario():
    n = next(_ids)
    schema = schema_for(f"Survey{n}", ("email", "answer"))
    return schema().validate({"email": f"user{n}@example.com", "answer": str(n)})
