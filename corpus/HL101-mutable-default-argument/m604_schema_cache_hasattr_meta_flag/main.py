"""Report builder: each saved report gets a model class and is serialised."""
import itertools

from models import model
from serializers.schema import schema_for

_reports = itertools.count()


def scenario():
    n = next(_reports)
    cls = model(f"report_{n}", ["id", "title", f"metric_{n}", "owner"])
    return schema_for(cls)["fields"]
